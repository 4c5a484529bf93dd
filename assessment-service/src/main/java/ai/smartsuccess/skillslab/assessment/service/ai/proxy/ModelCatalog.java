package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured models; the one list the workspace reads its model selector from. */
@ApplicationScoped
public class ModelCatalog {

    public static final String OFFLINE = "offline";
    public static final String OPENAI = "openai";
    public static final String ANTHROPIC = "anthropic";
    public static final String OPENAI_COMPATIBLE = "openai-compatible";
    public static final List<String> PROVIDERS = List.of(OFFLINE, OPENAI, ANTHROPIC, OPENAI_COMPATIBLE);
    /** Ids of the models a candidate's own OpenAI-compatible server serves: this prefix and the server's name. */
    public static final String OWN_PREFIX = OPENAI_COMPATIBLE + "/";

    private static final int OWN_MAX_TOKENS = 4096;

    private final List<ModelDefinition> models;

    ModelCatalog(AssessmentConfig config) {
        this.models = config.ai().models().entrySet().stream()
                .map(ModelCatalog::definition)
                .sorted(Comparator.comparing((ModelDefinition m) -> !m.offline())
                        .thenComparing(ModelDefinition::id))
                .toList();
    }

    private static ModelDefinition definition(Map.Entry<String, AssessmentConfig.Model> entry) {
        AssessmentConfig.Model model = entry.getValue();
        if (!PROVIDERS.contains(model.provider())) {
            throw new IllegalStateException("model " + entry.getKey() + " names unknown provider " + model.provider());
        }
        return new ModelDefinition(
                entry.getKey(),
                model.name(),
                model.provider(),
                model.maxTokens(),
                model.providerModel().orElse(entry.getKey()));
    }

    public List<ModelDefinition> all() {
        return models;
    }

    public Optional<ModelDefinition> find(String id) {
        Optional<ModelDefinition> configured =
                models.stream().filter(m -> m.id().equals(id)).findFirst();
        return configured.isPresent() ? configured : ownModel(id);
    }

    /** A model of the caller's own server, by its id ({@code openai-compatible/<name>}); whether they have it is checked when it is used. */
    public static Optional<ModelDefinition> ownModel(String id) {
        if (id == null || !id.startsWith(OWN_PREFIX) || id.length() == OWN_PREFIX.length()) {
            return Optional.empty();
        }
        String name = id.substring(OWN_PREFIX.length());
        return Optional.of(new ModelDefinition(id, name, OPENAI_COMPATIBLE, OWN_MAX_TOKENS, name));
    }

    /**
     * @param providerModel the name the provider knows the model by
     */
    public record ModelDefinition(String id, String name, String provider, int maxTokens, String providerModel) {

        public boolean offline() {
            return OFFLINE.equals(provider);
        }

        /** Served by the caller's own OpenAI-compatible server rather than configured on the platform. */
        public boolean own() {
            return id.startsWith(OWN_PREFIX);
        }
    }
}
