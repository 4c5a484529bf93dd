package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Scorers;
import ai.smartsuccess.skillslab.scoring.service.judge.CategoryJudge;
import ai.smartsuccess.skillslab.scoring.service.judge.ScoreBlender;
import ai.smartsuccess.skillslab.scoring.service.preprocess.MiniLmSentenceEmbedder;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SentenceEmbedder;
import java.util.Optional;

/** The embedding model loads once per test JVM (about a second and 90 MB); every unit test shares it. */
public final class Engines {

    private static SentenceEmbedder embedder;

    private Engines() {}

    public static synchronized SentenceEmbedder embedder() {
        if (embedder == null) {
            embedder = new MiniLmSentenceEmbedder(1);
        }
        return embedder;
    }

    public static ScoringEngine evidenceOnly() {
        return new ScoringEngine(embedder(), Scorers.all(), Optional.empty(), new ScoreBlender(15, 0.5));
    }

    public static ScoringEngine withJudge(CategoryJudge judge) {
        return new ScoringEngine(embedder(), Scorers.all(), Optional.of(judge), new ScoreBlender(15, 0.5));
    }
}
