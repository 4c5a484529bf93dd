package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.ApiKey;
import ai.smartsuccess.skillslab.assessment.repository.ApiKeyRepository;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides which key a request uses: the candidate's own key when they added one, else the platform's, unless the task
 * says the platform pays for nothing ({@code usesPlatformKeys = false}).
 */
@ApplicationScoped
public class ProviderKeys {

    /** Compatible servers (Ollama, vLLM) often need no key, but the OpenAI client wants one. */
    private static final String NO_KEY = "not-needed";

    private final AssessmentConfig.Ai config;
    private final ApiKeyRepository keys;
    private final KeyCipher cipher;

    private final OwnEndpoints endpoints;

    ProviderKeys(AssessmentConfig config, ApiKeyRepository keys, KeyCipher cipher, OwnEndpoints endpoints) {
        this.config = config.ai();
        this.keys = keys;
        this.cipher = cipher;
        this.endpoints = endpoints;
    }

    public Uni<ProviderAccess> resolve(String userId, ModelDefinition model, boolean usesPlatformKeys) {
        if (model.offline()) {
            return Uni.createFrom().item(ProviderAccess.NONE);
        }
        if (model.own()) {
            return ownServer(userId, model);
        }
        String provider = model.provider();
        Optional<String> baseUrl = baseUrl(provider);
        if (baseUrl.isEmpty()) {
            return Uni.createFrom().failure(notConfigured(provider));
        }
        return Panache.withSession(() -> keys.find(userId, provider)).map(own -> {
            if (own != null && !own.hasOwnEndpoint()) {
                return new ProviderAccess(baseUrl.get(), cipher.decrypt(own.keyEncrypted, userId, provider), true);
            }
            if (!usesPlatformKeys) {
                throw new ConflictException(
                        "own-key-required",
                        "This task requires your own " + provider + " API key: add it under AI keys, or use the"
                                + " offline assistant.");
            }
            Optional<String> platform = platformKey(provider);
            if (platform.isPresent()) {
                return new ProviderAccess(baseUrl.get(), platform.get(), false);
            }
            if (ModelCatalog.OPENAI_COMPATIBLE.equals(provider)) {
                return new ProviderAccess(baseUrl.get(), NO_KEY, false);
            }
            throw notConfigured(provider);
        });
    }

    /**
     * A model of the caller's own server: their key and base URL, the URL checked again (its host may resolve elsewhere
     * by now). The task's {@code usesPlatformKeys} does not matter: the platform pays nothing for it.
     */
    private Uni<ProviderAccess> ownServer(String userId, ModelDefinition model) {
        String provider = ModelCatalog.OPENAI_COMPATIBLE;
        return Panache.withSession(() -> keys.find(userId, provider)).flatMap(own -> {
            if (own == null || !own.hasOwnEndpoint()) {
                return Uni.createFrom()
                        .failure(new ConflictException(
                                "own-key-required",
                                "The model " + model.providerModel() + " is served by your own server: add it under AI"
                                        + " keys, or choose another model."));
            }
            List<String> served = own.modelList();
            if (!served.isEmpty() && !served.contains(model.providerModel())) {
                return Uni.createFrom()
                        .failure(new InvalidInputException(
                                "model",
                                "is not among your server's models (test your key under AI keys to refresh them)"));
            }
            String baseUrl = cipher.decryptBaseUrl(own.baseUrlEncrypted, userId, provider);
            String apiKey = cipher.decrypt(own.keyEncrypted, userId, provider);
            return OnContext.blocking(
                    () -> new ProviderAccess(endpoints.check(baseUrl).toString(), apiKey, true));
        });
    }

    /** The models the caller may choose, each with where its key comes from; the offline assistant always. */
    public Uni<List<Offered>> offered(String userId, List<ModelDefinition> catalog) {
        return Panache.withSession(() -> keys.forUser(userId)).map(own -> {
            Map<String, ApiKey> byProvider = own.stream().collect(Collectors.toMap(k -> k.provider, k -> k));
            List<Offered> offered = new ArrayList<>();
            for (ModelDefinition model : catalog) {
                if (model.offline()) {
                    offered.add(new Offered(model, Source.OFFLINE, null, null));
                    continue;
                }
                if (baseUrl(model.provider()).isEmpty()) {
                    continue;
                }
                ApiKey key = byProvider.get(model.provider());
                if (key != null && !key.hasOwnEndpoint()) {
                    offered.add(new Offered(model, Source.OWN_KEY, model.provider(), key.keyHint));
                } else if (platformKey(model.provider()).isPresent()
                        || ModelCatalog.OPENAI_COMPATIBLE.equals(model.provider())) {
                    offered.add(new Offered(model, Source.PLATFORM, model.provider(), null));
                }
            }
            ApiKey server = byProvider.get(ModelCatalog.OPENAI_COMPATIBLE);
            if (server != null && server.hasOwnEndpoint()) {
                for (String name : server.modelList()) {
                    ModelCatalog.ownModel(ModelCatalog.OWN_PREFIX + name)
                            .ifPresent(m -> offered.add(
                                    new Offered(m, Source.OWN_KEY, ModelCatalog.OPENAI_COMPATIBLE, server.keyHint)));
                }
            }
            return offered;
        });
    }

    /** Where the key of an offered model comes from. */
    public enum Source {
        PLATFORM("platform"),
        OWN_KEY("own-key"),
        OFFLINE("offline");

        private final String wire;

        Source(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /**
     * A model the caller may choose.
     *
     * @param keyProvider whose key unlocks it (null for the offline assistant)
     * @param keyHint the last characters of the caller's own key that unlocks it, when it is theirs
     */
    public record Offered(ModelDefinition model, Source source, String keyProvider, String keyHint) {}

    public Optional<String> baseUrl(String provider) {
        return Optional.ofNullable(config.providers().get(provider))
                .flatMap(AssessmentConfig.Provider::baseUrl)
                .filter(url -> !url.isBlank());
    }

    private Optional<String> platformKey(String provider) {
        return Optional.ofNullable(config.providers().get(provider))
                .flatMap(AssessmentConfig.Provider::apiKey)
                .filter(key -> !key.isBlank());
    }

    private static ConflictException notConfigured(String provider) {
        return new ConflictException(
                "provider-not-configured",
                "No " + provider + " key is configured on this platform: add your own key or choose another model.");
    }
}
