package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.scoring.client.LlmCategoryJudge;
import ai.smartsuccess.skillslab.scoring.config.ScoringConfig;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Scorers;
import ai.smartsuccess.skillslab.scoring.service.judge.CategoryJudge;
import ai.smartsuccess.skillslab.scoring.service.judge.ScoreBlender;
import ai.smartsuccess.skillslab.scoring.service.preprocess.MiniLmSentenceEmbedder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Builds the scoring engine once: the embedding model loads at start-up, not on the first submission. */
@ApplicationScoped
public class ScoringEngineProducer {

    private static final Logger LOG = Logger.getLogger(ScoringEngineProducer.class);

    @Produces
    @Singleton
    ScoringEngine engine(ScoringConfig config) {
        Optional<CategoryJudge> judge = Optional.empty();
        ScoringConfig.Judge judgeConfig = config.judge();
        if (judgeConfig.enabled()) {
            judge = Optional.of(LlmCategoryJudge.create(judgeConfig));
            LOG.infof("LLM judge enabled: %s", judge.get().modelId());
        }
        return new ScoringEngine(
                new MiniLmSentenceEmbedder(config.embeddings().intraOpThreads()),
                Scorers.all(),
                judge,
                new ScoreBlender(judgeConfig.band(), judgeConfig.weight()));
    }

    void warmUp(@Observes StartupEvent event, ScoringEngine engine) {
        LOG.debugf("scoring engine %s ready", ScoringEngine.SCORING_VERSION);
    }
}
