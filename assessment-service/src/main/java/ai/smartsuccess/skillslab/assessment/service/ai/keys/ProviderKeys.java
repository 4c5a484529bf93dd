package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.repository.ApiKeyRepository;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    ProviderKeys(AssessmentConfig config, ApiKeyRepository keys, KeyCipher cipher) {
        this.config = config.ai();
        this.keys = keys;
        this.cipher = cipher;
    }

    public Uni<ProviderAccess> resolve(String userId, ModelDefinition model, boolean usesPlatformKeys) {
        if (model.offline()) {
            return Uni.createFrom().item(ProviderAccess.NONE);
        }
        String provider = model.provider();
        Optional<String> baseUrl = baseUrl(provider);
        if (baseUrl.isEmpty()) {
            return Uni.createFrom().failure(notConfigured(provider));
        }
        return Panache.withSession(() -> keys.find(userId, provider)).map(own -> {
            if (own != null) {
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

    /** Providers the user can call right now: configured with a platform key, or with one of their own. */
    public Uni<Set<String>> usableProviders(String userId) {
        return Panache.withSession(() -> keys.forUser(userId)).map(own -> {
            Set<String> usable = own.stream().map(k -> k.provider).collect(Collectors.toSet());
            usable.add(ModelCatalog.OFFLINE);
            for (String provider :
                    List.of(ModelCatalog.OPENAI, ModelCatalog.ANTHROPIC, ModelCatalog.OPENAI_COMPATIBLE)) {
                if (platformKey(provider).isPresent()
                        || (ModelCatalog.OPENAI_COMPATIBLE.equals(provider)
                                && baseUrl(provider).isPresent())) {
                    usable.add(provider);
                }
            }
            usable.removeIf(provider ->
                    !ModelCatalog.OFFLINE.equals(provider) && baseUrl(provider).isEmpty());
            return usable;
        });
    }

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
