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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    private final ApiKeyRepository keys;
    private final KeyCipher cipher;
    private final ModelCatalog catalog;
    private final ChatModels models;
    private final ProviderKeys providers;

    ApiKeyService(
            ApiKeyRepository keys, KeyCipher cipher, ModelCatalog catalog, ChatModels models, ProviderKeys providers) {
        this.keys = keys;
        this.cipher = cipher;
        this.catalog = catalog;
        this.models = models;
        this.providers = providers;
    }

    /** Adds or replaces the caller's key for a provider. */
    public Uni<KeyView> put(Caller caller, String provider, String apiKey) {
        checkProvider(provider);
        if (apiKey == null || !KEY_SHAPE.matcher(apiKey).matches()) {
            throw new InvalidInputException("apiKey", "must be 8 to 512 printable characters without spaces");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withTransaction(() -> keys.find(caller.subject(), provider)
                        .flatMap(existing -> {
                            ApiKey key = existing != null ? existing : new ApiKey();
                            if (existing == null) {
                                key.id = UUID.randomUUID();
                                key.userId = caller.subject();
                                key.provider = provider;
                                key.createdAt = now;
                            }
                            key.keyEncrypted = cipher.encrypt(apiKey, caller.subject(), provider);
                            key.keyHint = "..." + apiKey.substring(apiKey.length() - 4);
                            key.isValid = true;
                            key.updatedAt = now;
                            return existing != null ? Uni.createFrom().item(key) : keys.persist(key);
                        }))
                .map(ApiKeyService::view);
    }

    public Uni<KeyList> list(Caller caller) {
        return Panache.withSession(() -> keys.forUser(caller.subject()))
                .map(found ->
                        new KeyList(found.stream().map(ApiKeyService::view).toList()));
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
                            .map(ignored -> new KeyTest(provider, true, "The key works."))
                            .onFailure()
                            .recoverWithItem(e -> {
                                UpstreamException problem = ProviderErrors.map(e, provider, true);
                                boolean refused = "ai-provider-key-refused".equals(problem.kind());
                                return new KeyTest(provider, !refused, problem.getMessage());
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

    private static KeyView view(ApiKey key) {
        return new KeyView(key.provider, key.keyHint, key.isValid, key.lastUsedAt, key.createdAt, key.updatedAt);
    }
}
