package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.ProviderAccess;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import ai.smartsuccess.skillslab.offline.OfflineAssistantModel;
import ai.smartsuccess.skillslab.offline.TaskContext;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Builds the langchain4j model for a request: provider, model, key and base URL. The key is passed to the client and
 * nowhere else (request logging stays off).
 */
@ApplicationScoped
public class ChatModels {

    private final AssessmentConfig.Ai config;

    ChatModels(AssessmentConfig config) {
        this.config = config.ai();
    }

    public ChatModel blocking(ModelDefinition model, ProviderAccess access, TaskContext task) {
        Duration timeout = config.timeout();
        return switch (model.provider()) {
            case ModelCatalog.OFFLINE -> offline(task);
            case ModelCatalog.ANTHROPIC ->
                AnthropicChatModel.builder()
                        .baseUrl(access.baseUrl())
                        .apiKey(access.apiKey())
                        .modelName(model.providerModel())
                        .maxTokens(model.maxTokens())
                        .timeout(timeout)
                        .maxRetries(config.maxRetries())
                        .build();
            default ->
                OpenAiChatModel.builder()
                        .baseUrl(access.baseUrl())
                        .apiKey(access.apiKey())
                        .modelName(model.providerModel())
                        .timeout(timeout)
                        .maxRetries(config.maxRetries())
                        .build();
        };
    }

    public StreamingChatModel streaming(ModelDefinition model, ProviderAccess access, TaskContext task) {
        Duration timeout = config.timeout();
        return switch (model.provider()) {
            case ModelCatalog.OFFLINE -> offline(task);
            case ModelCatalog.ANTHROPIC ->
                AnthropicStreamingChatModel.builder()
                        .baseUrl(access.baseUrl())
                        .apiKey(access.apiKey())
                        .modelName(model.providerModel())
                        .maxTokens(model.maxTokens())
                        .timeout(timeout)
                        .build();
            default ->
                OpenAiStreamingChatModel.builder()
                        .baseUrl(access.baseUrl())
                        .apiKey(access.apiKey())
                        .modelName(model.providerModel())
                        .timeout(timeout)
                        .build();
        };
    }

    private OfflineAssistantModel offline(TaskContext task) {
        return new OfflineAssistantModel(task, Infrastructure.getDefaultWorkerPool(), config.offlineChunkDelay());
    }
}
