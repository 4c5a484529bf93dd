package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import ai.smartsuccess.skillslab.assessment.model.ApiKey;
import ai.smartsuccess.skillslab.assessment.repository.ApiKeyRepository;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyViews.KeyList;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyViews.KeyTest;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyViews.KeyView;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ChatModels;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ProviderErrors;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Bring-your-own-key: candidates store their provider keys, encrypted; they see only a hint ("...abcd"). A key is
 * never logged and never returned.
 */
@ApplicationScoped
public class ApiKeyService {

    static final List<String> PROVIDERS =
            List.of(ModelCatalog.OPENAI, ModelCatalog.ANTHROPIC, ModelCatalog.OPENAI_COMPATIBLE);
    private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7e]{8,512}");
    /** Stored for an own server that needs no key (Ollama): the OpenAI client sends something. */
    private static final String NO_KEY = "not-needed";

    private static final int MAX_MODELS = 100;

    private final ApiKeyRepository keys;
    private final KeyCipher cipher;
    private final ModelCatalog catalog;
    private final ChatModels models;
    private final ProviderKeys providers;
    private final OwnEndpoints endpoints;

    ApiKeyService(
            ApiKeyRepository keys,
            KeyCipher cipher,
            ModelCatalog catalog,
            ChatModels models,
            ProviderKeys providers,
            OwnEndpoints endpoints) {
        this.endpoints = endpoints;
        this.keys = keys;
        this.cipher = cipher;
        this.catalog = catalog;
        this.models = models;
        this.providers = providers;
    }

    /**
     * Adds or replaces the caller's key for a provider; for {@code openai-compatible} possibly with their own server's
     * base URL (checked: it is what this service will call) and its models.
     */
    public Uni<KeyView> put(Caller caller, String provider, String apiKey, String baseUrl, List<String> models) {
        checkProvider(provider);
        boolean ownServer = baseUrl != null && !baseUrl.isBlank();
        if (ownServer && !ModelCatalog.OPENAI_COMPATIBLE.equals(provider)) {
            throw new InvalidInputException(
                    OwnEndpoints.FIELD,
                    "is accepted only for openai-compatible; " + provider + " is called where the" + " platform says");
        }
        if (models != null && !models.isEmpty() && !ownServer) {
            throw new InvalidInputException("models", "are accepted only with baseUrl, your own server's models");
        }
        List<String> served = checkModels(models);
        boolean keyless = ownServer && (apiKey == null || apiKey.isEmpty());
        String key = keyless ? NO_KEY : apiKey;
        if (key == null || !KEY_SHAPE.matcher(key).matches()) {
            throw new InvalidInputException("apiKey", "must be 8 to 512 printable characters without spaces");
        }
        if (ownServer) {
            OwnEndpoints.parse(baseUrl);
        }
        Uni<String> checked = ownServer
                ? OnContext.blocking(() -> endpoints.check(baseUrl).toString())
                : Uni.createFrom().nullItem();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return checked.flatMap(url -> Panache.withTransaction(() -> keys.find(caller.subject(), provider)
                        .flatMap(existing -> {
                            ApiKey stored = existing != null ? existing : new ApiKey();
                            if (existing == null) {
                                stored.id = UUID.randomUUID();
                                stored.userId = caller.subject();
                                stored.provider = provider;
                                stored.createdAt = now;
                            }
                            stored.keyEncrypted = cipher.encrypt(key, caller.subject(), provider);
                            stored.keyHint = keyless ? "none" : "..." + key.substring(key.length() - 4);
                            stored.baseUrlEncrypted =
                                    url == null ? null : cipher.encryptBaseUrl(url, caller.subject(), provider);
                            stored.models = served.isEmpty() ? null : String.join("\n", served);
                            stored.isValid = true;
                            stored.updatedAt = now;
                            return existing != null ? Uni.createFrom().item(stored) : keys.persist(stored);
                        }))
                .map(this::view));
    }

    private static List<String> checkModels(List<String> models) {
        if (models == null) {
            return List.of();
        }
        if (models.size() > MAX_MODELS) {
            throw new InvalidInputException("models", "may list at most " + MAX_MODELS + " models");
        }
        List<String> names = new ArrayList<>();
        for (String name : models) {
            String trimmed = name == null ? "" : name.trim();
            if (!OwnEndpoints.MODEL_NAME.matcher(trimmed).matches()) {
                throw new InvalidInputException("models", "must be model names of 1 to 80 characters without spaces");
            }
            if (!names.contains(trimmed)) {
                names.add(trimmed);
            }
        }
        return names;
    }

    public Uni<KeyList> list(Caller caller) {
        return Panache.withSession(() -> keys.forUser(caller.subject()))
                .map(found -> new KeyList(found.stream().map(this::view).toList()));
    }

    public Uni<Void> delete(Caller caller, String provider) {
        checkProvider(provider);
        return Panache.withTransaction(() -> keys.remove(caller.subject(), provider))
                .map(count -> {
                    if (count == 0) {
                        throw new NotFoundException("No " + provider + " key is stored for you");
                    }
                    return null;
                });
    }

    /**
     * Tries the stored key with a one-token request to the provider's smallest configured model, and remembers
     * whether it worked.
     */
    public Uni<KeyTest> test(Caller caller, String provider) {
        checkProvider(provider);
        if (ModelCatalog.OPENAI_COMPATIBLE.equals(provider)) {
            return Panache.withSession(() -> keys.find(caller.subject(), provider))
                    .flatMap(stored -> stored != null && stored.hasOwnEndpoint()
                            ? testOwnServer(caller, stored)
                            : testPlatformEndpoint(caller, provider));
        }
        return testPlatformEndpoint(caller, provider);
    }

    /**
     * The caller's own server: its URL checked again, then {@code GET {base}/models}; the models it lists are kept and
     * offered. A server without that list is tried with a one-token chat to the first model the caller named.
     */
    private Uni<KeyTest> testOwnServer(Caller caller, ApiKey stored) {
        String provider = stored.provider;
        String baseUrl = cipher.decryptBaseUrl(stored.baseUrlEncrypted, caller.subject(), provider);
        String apiKey = cipher.decrypt(stored.keyEncrypted, caller.subject(), provider);
        List<String> named = stored.modelList();
        return OnContext.blocking(() -> {
                    URI base;
                    try {
                        base = endpoints.check(baseUrl);
                    } catch (InvalidInputException e) {
                        return new Outcome(false, "Your server's URL is no longer accepted: " + e.getMessage(), named);
                    }
                    try {
                        List<String> found = endpoints.discover(base, apiKey);
                        return new Outcome(
                                true,
                                found.isEmpty()
                                        ? "Your server answered but lists no models."
                                        : "Your server answered and serves " + found.size() + " model"
                                                + (found.size() == 1 ? "" : "s") + ".",
                                found);
                    } catch (OwnEndpoints.DiscoveryFailed e) {
                        if (e.keyRefused() || named.isEmpty()) {
                            return new Outcome(false, e.getMessage(), named);
                        }
                        return ping(
                                ModelCatalog.ownModel(ModelCatalog.OWN_PREFIX + named.get(0))
                                        .orElseThrow(),
                                new ProviderAccess(base.toString(), apiKey, true),
                                named);
                    }
                })
                .call(outcome -> Panache.withTransaction(() -> keys.find(caller.subject(), provider)
                        .invoke(key -> {
                            if (key != null) {
                                key.isValid = outcome.valid();
                                key.lastUsedAt = OffsetDateTime.now(ZoneOffset.UTC);
                                if (outcome.valid() && !outcome.models().isEmpty()) {
                                    key.models = String.join("\n", outcome.models());
                                }
                            }
                        })))
                .map(outcome -> new KeyTest(
                        provider,
                        outcome.valid(),
                        outcome.detail(),
                        outcome.valid()
                                ? outcome.models().stream()
                                        .map(m -> ModelCatalog.OWN_PREFIX + m)
                                        .toList()
                                : List.of()));
    }

    private Outcome ping(ModelDefinition model, ProviderAccess access, List<String> named) {
        ChatRequest ping = ChatRequest.builder()
                .messages(UserMessage.from("ping"))
                .maxOutputTokens(1)
                .build();
        try {
            models.blocking(model, access, null).chat(ping);
            return new Outcome(true, "Your server answered a chat with " + model.providerModel() + ".", named);
        } catch (RuntimeException e) {
            return new Outcome(
                    false, ProviderErrors.map(e, model.provider(), true).getMessage(), named);
        }
    }

    private record Outcome(boolean valid, String detail, List<String> models) {}

    private Uni<KeyTest> testPlatformEndpoint(Caller caller, String provider) {
        List<String> unlocked = catalog.all().stream()
                .filter(m -> m.provider().equals(provider))
                .map(ModelDefinition::id)
                .toList();
        ModelDefinition model = catalog.all().stream()
                .filter(m -> m.provider().equals(provider))
                .reduce((a, b) -> a.maxTokens() <= b.maxTokens() ? a : b)
                .orElseThrow(() -> new ConflictException(
                        "provider-not-configured", "No " + provider + " model is configured on this platform."));
        String baseUrl = providers
                .baseUrl(provider)
                .orElseThrow(() -> new ConflictException(
                        "provider-not-configured", "No " + provider + " endpoint is configured on this platform."));
        Executor here = OnContext.current();
        return Panache.withSession(() -> keys.find(caller.subject(), provider))
                .flatMap(stored -> {
                    if (stored == null) {
                        return Uni.createFrom()
                                .failure(new NotFoundException("No " + provider + " key is stored for you"));
                    }
                    ProviderAccess access = new ProviderAccess(
                            baseUrl, cipher.decrypt(stored.keyEncrypted, caller.subject(), provider), true);
                    ChatRequest ping = ChatRequest.builder()
                            .messages(UserMessage.from("ping"))
                            .maxOutputTokens(1)
                            .build();
                    return Uni.createFrom()
                            .item(() -> models.blocking(model, access, null).chat(ping))
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                            .emitOn(here)
                            .map(ignored -> new KeyTest(provider, true, "The key works.", unlocked))
                            .onFailure()
                            .recoverWithItem(e -> {
                                UpstreamException problem = ProviderErrors.map(e, provider, true);
                                boolean refused = "ai-provider-key-refused".equals(problem.kind());
                                return new KeyTest(
                                        provider, !refused, problem.getMessage(), refused ? List.of() : unlocked);
                            });
                })
                .call(result -> Panache.withTransaction(() -> keys.find(caller.subject(), provider)
                        .invoke(key -> {
                            if (key != null) {
                                key.isValid = result.valid();
                                key.lastUsedAt = OffsetDateTime.now(ZoneOffset.UTC);
                            }
                        })));
    }

    private static void checkProvider(String provider) {
        if (!PROVIDERS.contains(provider)) {
            throw new InvalidInputException("provider", "must be one of " + String.join(", ", PROVIDERS));
        }
    }

    private KeyView view(ApiKey key) {
        String baseUrl =
                key.hasOwnEndpoint() ? cipher.decryptBaseUrl(key.baseUrlEncrypted, key.userId, key.provider) : null;
        return new KeyView(
                key.provider,
                key.keyHint,
                key.isValid,
                key.lastUsedAt,
                key.createdAt,
                key.updatedAt,
                baseUrl,
                key.modelList());
    }
}
