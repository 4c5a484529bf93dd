package ai.smartsuccess.skillslab.scoring.service.judge;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;

/**
 * Blends a judge score into an evidence score so that the judge can refine but never overturn the evidence: the judge
 * score is first clamped to [evidence − band, evidence + band], then mixed in with {@code weight}. When the session
 * contains an attempt to influence the evaluation, the judge may only lower a score.
 */
public final class ScoreBlender {

    private final double band;
    private final double weight;

    public ScoreBlender(double band, double weight) {
        this.band = Math.max(0, band);
        this.weight = Scales.clamp01(weight);
    }

    public double blend(double evidence, double judge, boolean manipulation) {
        double bounded = Scales.clamp(judge, evidence - band, evidence + band);
        double blended = Scales.clamp(evidence + weight * (bounded - evidence), 0, 100);
        return Scales.round2(manipulation ? Math.min(evidence, blended) : blended);
    }

    public double band() {
        return band;
    }

    public double weight() {
        return weight;
    }
}
