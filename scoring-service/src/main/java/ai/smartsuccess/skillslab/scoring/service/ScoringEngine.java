package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomCategory;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomSubitem;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import ai.smartsuccess.skillslab.scoring.service.calculate.EffectiveConfig;
import ai.smartsuccess.skillslab.scoring.service.calculate.EffectiveConfigResolver;
import ai.smartsuccess.skillslab.scoring.service.calculate.OutcomeGate;
import ai.smartsuccess.skillslab.scoring.service.calculate.ScoreCalculator;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Remark;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Rubric;
import ai.smartsuccess.skillslab.scoring.service.evaluate.SubitemResult;
import ai.smartsuccess.skillslab.scoring.service.evaluate.SubitemScorer;
import ai.smartsuccess.skillslab.scoring.service.feedback.DetailedAnalysisBuilder;
import ai.smartsuccess.skillslab.scoring.service.feedback.FeedbackComposer;
import ai.smartsuccess.skillslab.scoring.service.feedback.HighlightExtractor;
import ai.smartsuccess.skillslab.scoring.service.feedback.ScoredSubitem;
import ai.smartsuccess.skillslab.scoring.service.feedback.SummaryWriter;
import ai.smartsuccess.skillslab.scoring.service.input.ScoringInput;
import ai.smartsuccess.skillslab.scoring.service.judge.CategoryJudge;
import ai.smartsuccess.skillslab.scoring.service.judge.JudgeVerdict;
import ai.smartsuccess.skillslab.scoring.service.judge.ScoreBlender;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SentenceEmbedder;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionPreprocessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The scoring pipeline from input to report (steps 2 to 5 of the design): preprocess, evaluate the sixteen subitems
 * from evidence, optionally blend in an LLM judge, score custom categories from the subitems they name, calculate,
 * and write the feedback. Plain Java with no framework state: the same input and version always give the same
 * report when the judge is off.
 */
public final class ScoringEngine {

    /** Raised whenever a formula, threshold or weight changes; scoring is idempotent per (assessment, version). */
    public static final String SCORING_VERSION = "1.3.1";

    /**
     * Where outcome quality stops when the sandbox found the submission interfering with the hidden test run (any
     * integrity flag): no subitem of the category scores above it, and the hidden tests themselves count 0.
     */
    public static final double INTEGRITY_CAP = 40;

    public static final String EVIDENCE_MODEL = "evidence-v1";

    private static final Logger LOG = Logger.getLogger(ScoringEngine.class);

    private final SessionPreprocessor preprocessor;
    private final SentenceEmbedder embedder;
    private final List<SubitemScorer> scorers;
    private final Optional<CategoryJudge> judge;
    private final ScoreBlender blender;

    public ScoringEngine(
            SentenceEmbedder embedder,
            List<SubitemScorer> scorers,
            Optional<CategoryJudge> judge,
            ScoreBlender blender) {
        this.preprocessor = new SessionPreprocessor(embedder);
        this.embedder = embedder;
        this.scorers = List.copyOf(scorers);
        this.judge = judge;
        this.blender = blender;
    }

    public ScoreReport score(ScoringInput input) {
        SessionEvidence evidence = preprocessor.process(input);
        String taskType = input.submission().task() == null
                ? null
                : input.submission().task().taskType();
        EffectiveConfig config =
                EffectiveConfigResolver.resolve(input.submission().evaluationConfig(), taskType);

        Map<String, Map<String, SubitemResult>> results = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (SubitemScorer scorer : scorers) {
            try {
                SubitemResult result = scorer.score(evidence);
                results.computeIfAbsent(scorer.category(), k -> new LinkedHashMap<>())
                        .put(scorer.subitem(), result);
            } catch (RuntimeException e) {
                // Recorded and reported as failed, never replaced by a neutral score.
                LOG.errorf(e, "scorer %s.%s failed", scorer.category(), scorer.subitem());
                failures.put(
                        scorer.category() + "." + scorer.subitem(), e.getClass().getSimpleName());
            }
        }

        Map<String, Object> judgeReport = new LinkedHashMap<>();
        judgeReport.put("enabled", judge.isPresent());
        Map<String, String> judgeStatus = new LinkedHashMap<>();
        Map<String, JudgeVerdict> verdicts = new LinkedHashMap<>();
        if (judge.isPresent()) {
            judgeReport.put("model", judge.get().modelId());
            judgeReport.put("band", blender.band());
            judgeReport.put("weight", blender.weight());
            for (String category : Rubric.categories()) {
                Map<String, SubitemResult> categoryResults = results.getOrDefault(category, Map.of());
                if (categoryResults.isEmpty()) {
                    judgeStatus.put(category, "skipped: no evidence scores");
                    continue;
                }
                try {
                    verdicts.put(category, judge.get().judge(category, evidence, categoryResults));
                    judgeStatus.put(category, "ok");
                } catch (RuntimeException e) {
                    LOG.warnf("judge failed for %s: %s", category, e.getMessage());
                    judgeStatus.put(category, "failed: " + safe(e.getMessage()) + "; evidence-only");
                }
            }
            judgeReport.put("categories", judgeStatus);
        }

        List<ScoredSubitem> scored = new ArrayList<>();
        Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
        Map<String, Map<String, SubitemScore>> published = new LinkedHashMap<>();
        int order = 0;
        for (String category : Rubric.categories()) {
            Map<String, Double> categoryRaw = new LinkedHashMap<>();
            JudgeVerdict verdict = verdicts.get(category);
            boolean tampered = !evidence.tests().hidden().trusted();
            // With tampering found, the judge may only lower a score, as with a manipulation attempt.
            boolean manipulation = evidence.integrity().manipulated()
                    || tampered
                    || (verdict != null && verdict.manipulationAttempt());
            for (String subitem : Rubric.SUBITEMS.get(category)) {
                SubitemResult result = results.getOrDefault(category, Map.of()).get(subitem);
                order++;
                if (result == null) {
                    categoryRaw.put(subitem, null);
                    continue;
                }
                Double judgeScore = verdict == null ? null : verdict.scores().get(subitem);
                double value =
                        judgeScore == null ? result.score() : blender.blend(result.score(), judgeScore, manipulation);
                if (tampered && Rubric.OUTCOME_QUALITY.equals(category)) {
                    value = Math.min(value, INTEGRITY_CAP);
                }
                categoryRaw.put(subitem, value);
                double importance = config.subitemWeights().get(category).get(subitem)
                        * config.categoryWeights().get(category)
                        / 100;
                scored.add(new ScoredSubitem(
                        category,
                        subitem,
                        order,
                        value,
                        importance,
                        result,
                        judgeScore,
                        verdict == null ? null : verdict.rationales().get(subitem)));
            }
            raw.put(category, categoryRaw);
        }

        Map<String, ScoredSubitem> bySubitem = new LinkedHashMap<>();
        scored.forEach(s -> bySubitem.put(s.subitem(), s));
        Map<String, Object> customAnalysis = new LinkedHashMap<>();
        for (CustomCategory custom : config.customCategories()) {
            Map<String, Double> categoryRaw = new LinkedHashMap<>();
            Map<String, Object> analysis = new LinkedHashMap<>();
            for (CustomSubitem subitem : custom.subitems()) {
                ScoredSubitem signal = subitem.signal() == null ? null : bySubitem.get(subitem.signal());
                categoryRaw.put(subitem.key(), signal == null ? null : signal.raw());
                analysis.put(
                        subitem.key(),
                        signal == null
                                ? "Its signal '" + subitem.signal() + "' is not a built-in subitem that was scored."
                                : "Scored from "
                                        + Rubric.label(subitem.signal()).toLowerCase() + ": "
                                        + signal.evidence().reasoning());
                if (signal == null) {
                    failures.put(custom.key() + "." + subitem.key(), "unknown signal");
                }
            }
            raw.put(custom.key(), categoryRaw);
            customAnalysis.put(custom.key(), analysis);
        }

        ScoreCalculator.Result calculated = ScoreCalculator.calculate(raw, config);
        // The level (and with it the final score) may not claim more than the outcome shows.
        OutcomeGate.Gated gated =
                OutcomeGate.apply(calculated.finalScore(), calculated.level(), config.levels(), evidence.tests());
        for (Map.Entry<String, Map<String, ScoreCalculator.Subitem>> category :
                calculated.subitems().entrySet()) {
            Map<String, SubitemScore> subitems = new LinkedHashMap<>();
            for (Map.Entry<String, ScoreCalculator.Subitem> entry :
                    category.getValue().entrySet()) {
                ScoreCalculator.Subitem s = entry.getValue();
                ScoredSubitem source = Rubric.SUBITEMS.containsKey(category.getKey())
                        ? bySubitem.get(entry.getKey())
                        : customSignal(config, category.getKey(), entry.getKey(), bySubitem);
                double evidenceScore =
                        source == null ? s.raw() : source.evidence().score();
                Double judgeScore = source == null ? null : source.judgeScore();
                subitems.put(
                        entry.getKey(),
                        new SubitemScore(
                                s.raw(),
                                s.weight(),
                                s.weighted(),
                                evidenceScore,
                                judgeScore,
                                source == null ? null : source.evidence().basis(),
                                source == null ? null : source.evidence().enoughEvidence()));
            }
            published.put(category.getKey(), subitems);
        }

        List<String> models = new ArrayList<>(List.of(EVIDENCE_MODEL, embedder.modelName()));
        boolean judgeUsed = !verdicts.isEmpty();
        if (judgeUsed) {
            models.add(judge.get().modelId());
        }
        boolean judgeFellBack =
                judge.isPresent() && judgeStatus.values().stream().anyMatch(s -> s.startsWith("failed"));

        Map<String, Object> analysis = new LinkedHashMap<>();
        SummaryWriter.Facts facts = new SummaryWriter.Facts(
                gated.finalScore(), gated.level(), calculated.categoryScores(), calculated.failed(), judgeFellBack);
        analysis.put("summary", SummaryWriter.write(evidence, facts, SummaryWriter.Voice.CANDIDATE));
        analysis.put("reviewerSummary", SummaryWriter.write(evidence, facts, SummaryWriter.Voice.REVIEWER));
        analysis.put("categoryAnalysis", categoryAnalysis(calculated, results, scored, customAnalysis));
        analysis.put("timeAnalysis", DetailedAnalysisBuilder.time(evidence.time()));
        analysis.put("aiUsageAnalysis", DetailedAnalysisBuilder.aiUsage(evidence, embedder.modelName()));
        analysis.put("codeEvolution", DetailedAnalysisBuilder.codeEvolution(evidence.evolution()));
        analysis.put("testing", DetailedAnalysisBuilder.testing(evidence));
        analysis.put("outcomeGate", gated.analysis());
        analysis.put("outcomeEvidence", DetailedAnalysisBuilder.outcomeEvidence(evidence));
        analysis.put("integrity", DetailedAnalysisBuilder.integrity(evidence));
        analysis.put("dataQuality", DetailedAnalysisBuilder.dataQuality(evidence));
        analysis.put("judge", judgeReport);
        analysis.put("weights", DetailedAnalysisBuilder.weights(config));
        Map<String, Object> failuresReport = new LinkedHashMap<>(failures);
        analysis.put("failedEvaluators", failuresReport);
        Map<String, Object> scoring = new LinkedHashMap<>();
        scoring.put("version", SCORING_VERSION);
        scoring.put("models", models);
        analysis.put("scoring", scoring);

        List<String> failed = new ArrayList<>(calculated.failed());
        return new ScoreReport(
                SCORING_VERSION,
                List.copyOf(models),
                gated.finalScore(),
                gated.level(),
                calculated.categoryScores(),
                published,
                FeedbackComposer.strengths(scored),
                FeedbackComposer.improvements(scored),
                HighlightExtractor.extract(evidence),
                analysis,
                failed);
    }

    private static ScoredSubitem customSignal(
            EffectiveConfig config, String category, String subitem, Map<String, ScoredSubitem> bySubitem) {
        return config.customCategories().stream()
                .filter(c -> c.key().equals(category))
                .flatMap(c -> c.subitems().stream())
                .filter(s -> s.key().equals(subitem))
                .findFirst()
                .map(s -> bySubitem.get(s.signal()))
                .orElse(null);
    }

    private static Map<String, Object> categoryAnalysis(
            ScoreCalculator.Result calculated,
            Map<String, Map<String, SubitemResult>> results,
            List<ScoredSubitem> scored,
            Map<String, Object> customAnalysis) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String category : Rubric.categories()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("score", calculated.categoryScores().get(category));
            Map<String, Object> subitems = new LinkedHashMap<>();
            List<String> reasons = new ArrayList<>();
            for (ScoredSubitem s : scored) {
                if (!s.category().equals(category)) {
                    continue;
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("score", s.raw());
                item.put("evidenceScore", s.evidence().score());
                item.put("reasoning", s.evidence().reasoning());
                item.put("basis", s.evidence().basis());
                item.put("enoughEvidence", s.evidence().enoughEvidence());
                item.put("claims", claims(s.evidence().strength()));
                item.put("improvementClaims", claims(s.evidence().improvement()));
                item.put("metrics", new java.util.TreeMap<>(nonNull(s.evidence().metrics())));
                if (s.judgeScore() != null) {
                    item.put("judgeScore", s.judgeScore());
                    item.put("judgeRationale", s.judgeRationale());
                }
                subitems.put(s.subitem(), item);
                reasons.add(Rubric.label(s.subitem()) + ": " + s.evidence().reasoning());
            }
            c.put("reasoning", String.join(" ", reasons));
            c.put("subitems", subitems);
            out.put(category, c);
        }
        customAnalysis.forEach((key, value) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("score", calculated.categoryScores().get(key));
            c.put("subitems", value);
            out.put(key, c);
        });
        return out;
    }

    private static List<Map<String, Object>> claims(Remark remark) {
        return remark.claims().stream()
                .map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", c.text());
                    m.put("metric", c.metric());
                    m.put("min", c.min());
                    m.put("max", c.max() == Double.MAX_VALUE ? null : c.max());
                    return m;
                })
                .toList();
    }

    private static Map<String, Object> nonNull(Map<String, Object> metrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        metrics.forEach((k, v) -> m.put(k, v));
        return m;
    }

    private static String safe(String message) {
        return message == null ? "no usable answer" : message.length() > 200 ? message.substring(0, 200) : message;
    }
}
