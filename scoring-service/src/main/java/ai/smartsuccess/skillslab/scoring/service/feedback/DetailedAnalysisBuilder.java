package ai.smartsuccess.skillslab.scoring.service.feedback;

import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.service.calculate.EffectiveConfig;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Refs;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CodeChange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CodeEvolution;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FailureEpisode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
import ai.smartsuccess.skillslab.scoring.service.preprocess.ModelSwitch;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TestActivity;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TimeMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** The report's detailed analysis: the evidence behind every number, as plain JSON-friendly maps in a stable order. */
public final class DetailedAnalysisBuilder {

    private DetailedAnalysisBuilder() {}

    public static Map<String, Object> time(TimeMetrics t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("totalMinutes", Math.round(t.totalSeconds() / 60.0));
        m.put("totalSeconds", t.totalSeconds());
        m.put("aiInteractionSeconds", t.aiSeconds());
        m.put("codingSeconds", t.codingSeconds());
        m.put("terminalSeconds", t.terminalSeconds());
        m.put("planningSeconds", t.planningSeconds());
        m.put("idleSeconds", t.idleSeconds());
        m.put("activeShare", Scales.round2(t.activeShare()));
        m.put("timeLimitSeconds", t.timeLimitSeconds());
        m.put("gapsCappedAtFiveMinutes", t.cappedGaps());
        m.put("secondsToFirstChange", t.secondsToFirstChange());
        m.put("secondsToFirstRun", t.secondsToFirstRun());
        m.put("secondsToFirstPass", t.secondsToFirstPass());
        m.put("codingSecondsPerFile", new TreeMap<>(t.perFileSeconds()));
        return m;
    }

    public static Map<String, Object> aiUsage(SessionEvidence e, String embeddingModel) {
        List<AiExchange> exchanges = e.exchanges();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("totalPrompts", exchanges.size());
        m.put(
                "totalResponses",
                exchanges.stream().filter(x -> x.response() != null).count());
        m.put(
                "incompleteResponses",
                exchanges.stream()
                        .filter(x -> x.response() != null && !x.complete())
                        .count());
        m.put(
                "modelsUsed",
                List.copyOf(
                        new TreeSet<>(exchanges.stream().map(AiExchange::model).toList())));
        List<Map<String, Object>> switches = new ArrayList<>();
        for (ModelSwitch s : e.tools().modelSwitches()) {
            Map<String, Object> sw = new LinkedHashMap<>();
            sw.put("from", s.from());
            sw.put("to", s.to());
            sw.put("reason", s.reason());
            sw.put("eventId", s.eventId());
            sw.put("timestamp", s.at().toString());
            switches.add(sw);
        }
        m.put("modelSwitches", switches);
        m.put(
                "inputTokens",
                exchanges.stream().mapToLong(AiExchange::inputTokens).sum());
        m.put(
                "outputTokens",
                exchanges.stream().mapToLong(AiExchange::outputTokens).sum());
        Map<String, Object> patterns = new LinkedHashMap<>();
        if (!exchanges.isEmpty()) {
            patterns.put(
                    "avgPromptLength",
                    exchanges.stream().mapToInt(x -> x.text().raw().length()).sum() / exchanges.size());
            patterns.put(
                    "avgOwnWords",
                    exchanges.stream().mapToInt(x -> x.text().ownWords()).sum() / exchanges.size());
            patterns.put(
                    "usedCodeBlocks",
                    exchanges.stream().anyMatch(x -> !x.text().code().isEmpty()));
            patterns.put(
                    "askedQuestions",
                    exchanges.stream().filter(x -> x.text().raw().contains("?")).count());
            patterns.put(
                    "promptsWithAnchors",
                    exchanges.stream()
                            .filter(x -> !x.text().anchors().isEmpty())
                            .count());
            patterns.put(
                    "promptsCopyingTheTask", e.planning().wholeTaskPrompts().size());
        }
        m.put("promptPatterns", patterns);
        Map<String, Object> repetition = new LinkedHashMap<>();
        repetition.put("repeatedPrompts", e.repetition().duplicates());
        repetition.put("rate", Scales.round2(e.repetition().rate()));
        repetition.put("promptsEmbedded", e.repetition().embedded());
        repetition.put("embeddingModel", embeddingModel);
        m.put("repetition", repetition);
        CodeEvolution ev = e.evolution();
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("authoredLines", ev.authoredLines());
        provenance.put("aiVerbatimLines", ev.aiExactLines());
        provenance.put("aiShareOfFinalCode", Scales.round2(ev.aiShareOfFinal()));
        provenance.put("suggestedAiLines", ev.suggestedAiLines());
        provenance.put("adoptedAiLines", ev.adoptedAiLines());
        provenance.put("keptAiLines", ev.keptAiLines());
        provenance.put("changedAfterAdoption", Scales.round2(ev.changedAfterAdoption()));
        m.put("aiProvenance", provenance);
        return m;
    }

    public static Map<String, Object> codeEvolution(CodeEvolution ev) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("snapshots", ev.snapshots());
        m.put("changes", ev.changes().size());
        Map<String, Long> byOrigin = new TreeMap<>();
        for (CodeChange change : ev.changes()) {
            byOrigin.merge(change.origin(), 1L, Long::sum);
        }
        m.put("changesByOrigin", byOrigin);
        m.put("linesAddedSinceStarter", ev.linesAdded());
        m.put("linesRemovedSinceStarter", ev.linesRemoved());
        List<Map<String, Object>> files = new ArrayList<>();
        ev.files().forEach(f -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", f.path());
            file.put("status", f.status());
            file.put("linesAdded", f.linesAdded());
            file.put("linesRemoved", f.linesRemoved());
            files.add(file);
        });
        m.put("files", files);
        return m;
    }

    public static Map<String, Object> testing(SessionEvidence e) {
        HiddenOutcome hidden = e.tests().hidden();
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("ran", hidden.ran());
        h.put("total", hidden.total());
        h.put("passed", hidden.passed());
        h.put("failedTests", hidden.failedTests());
        h.put("timedOut", hidden.timedOut());
        h.put("counted", hidden.trusted());
        h.put("error", hidden.error());
        m.put("hiddenTests", h);
        m.put("runs", e.tests().runs().size());
        m.put("testRuns", e.tests().testRuns().size());
        m.put("failingRuns", e.tests().episodes().size());
        m.put(
                "recoveredFailures",
                e.tests().episodes().stream().filter(FailureEpisode::recovered).count());
        m.put("rerunsWithoutChange", e.tests().rerunsWithoutChange());
        m.put("greenMilestones", e.tests().greenMilestones());
        m.put("outcomeBasis", e.tests().outcomeBasis());
        return m;
    }

    /**
     * Where outcome quality came from: the task's hidden tests, or, without them, the candidate's own runs and the code
     * (weaker evidence, scaled by the amount of code written), said in words a reader of the report understands.
     */
    public static Map<String, Object> outcomeEvidence(SessionEvidence e) {
        String source = e.tests().outcomeSource();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("basis", e.tests().outcomeBasis());
        m.put(
                "note",
                switch (source) {
                    case TestActivity.HIDDEN_TESTS -> "Outcome quality is measured by the task's hidden tests.";
                    case TestActivity.CANDIDATE_RUNS ->
                        "This task has no hidden test result, so outcome quality is"
                                + " estimated from the candidate's own test runs and the code written: weaker evidence,"
                                + " and it never counts as a fully working result.";
                    default ->
                        "This task has no hidden test result and nothing was run, so outcome quality rests on"
                                + " the code alone and stays low.";
                });
        return m;
    }

    public static Map<String, Object> integrity(SessionEvidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (AiExchange attempt : e.integrity().manipulationAttempts()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("eventId", attempt.prompt().id());
            a.put("timestamp", attempt.at().toString());
            a.put("excerpt", Refs.excerpt(attempt.text().raw(), 160));
            attempts.add(a);
        }
        m.put("manipulationAttempts", attempts);
        // For the task's owner: assessment-service leaves these out of the candidate's view.
        m.put("hiddenTestFlags", e.tests().hidden().integrityFlags());
        if (!e.tests().hidden().trusted()) {
            m.put(
                    "hiddenTestNote",
                    "The sandbox found the submission interfering with the hidden test run: its result counts 0 and"
                            + " outcome quality is capped at " + Math.round(ScoringEngine.INTEGRITY_CAP) + ".");
        }
        m.put("stuffedSentencesIgnored", e.integrity().stuffedSentences());
        m.put("contentFreeNotesIgnored", e.integrity().droppedNotes());
        m.put("notesAddressedToScoringIgnored", e.integrity().manipulativeNotes());
        m.put("evidence", EvidenceSignals.of(e.events()));
        m.put(
                "note",
                "Candidate text is read as data. Requests aimed at the score are left out of the evidence and"
                        + " cannot raise it; keyword lists carry no weight.");
        return m;
    }

    public static Map<String, Object> dataQuality(SessionEvidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trackingData", e.trackingPresent() ? "present" : "absent");
        m.put("events", e.events().size());
        m.put("warnings", e.warnings());
        return m;
    }

    public static Map<String, Object> weights(EffectiveConfig config) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> categories = new LinkedHashMap<>();
        config.categoryWeights().forEach((k, v) -> categories.put(k, Scales.round2(v)));
        m.put("categoryWeights", categories);
        Map<String, Object> subitems = new LinkedHashMap<>();
        config.subitemWeights().forEach((k, v) -> {
            Map<String, Object> inner = new LinkedHashMap<>();
            v.forEach((s, w) -> inner.put(s, Scales.round2(w)));
            subitems.put(k, inner);
        });
        m.put("subitemWeights", subitems);
        List<Map<String, Object>> levels = new ArrayList<>();
        config.levels().forEach(l -> {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("name", l.name());
            level.put("min", l.min());
            level.put("max", l.max());
            levels.add(level);
        });
        m.put("levels", levels);
        // The business's own names, so that the report labels its custom categories as the task page does.
        List<Map<String, Object>> custom = new ArrayList<>();
        config.customCategories().forEach(c -> {
            List<Map<String, Object>> subitemNames = new ArrayList<>();
            c.subitems()
                    .forEach(s -> subitemNames.add(
                            Map.of("key", s.key(), "name", Objects.requireNonNullElse(s.name(), s.key()))));
            custom.add(Map.of(
                    "key", c.key(), "name", Objects.requireNonNullElse(c.name(), c.key()), "subitems", subitemNames));
        });
        m.put("customCategories", custom);
        m.put("warnings", config.warnings());
        return m;
    }
}
