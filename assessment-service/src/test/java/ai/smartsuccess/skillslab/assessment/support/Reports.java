package ai.smartsuccess.skillslab.assessment.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Score reports in the shape scoring-service writes them (its {@code DetailedAnalysisBuilder}: the sections
 * {@code aiUsageAnalysis}, {@code timeAnalysis}, {@code testing}, {@code integrity}), with the figures a test chooses.
 */
public final class Reports {

    /** What a test sets; the rest is filled as a real report would be. */
    public static final class Figures {
        public double finalScore = 70;
        public String level = "practitioner";
        public Integer prompts = 6;
        public Double aiCodeShare = 0.35;
        public Integer hiddenTotal = 10;
        public Integer hiddenPassed = 8;
        public List<String> hiddenTestFlags = List.of();
        public List<String> signals = List.of();
        public int manipulationAttempts = 0;
        public int notesAddressedToScoring = 0;
        public long trackedSeconds = 1800;
        public Map<String, Double> categoryScores = Map.of(
                "planning", 60.0, "prompt_engineering", 70.0, "tool_orchestration", 65.0, "outcome_quality", 80.0);

        public Figures score(double score) {
            finalScore = score;
            return this;
        }

        public Figures hidden(Integer passed, Integer total) {
            hiddenPassed = passed;
            hiddenTotal = total;
            return this;
        }

        public Figures ai(Integer prompts, Double share) {
            this.prompts = prompts;
            aiCodeShare = share;
            return this;
        }
    }

    public static Figures figures() {
        return new Figures();
    }

    /** The whole stored report (ScoreReportDocument's JSON). */
    public static Map<String, Object> report(Figures f) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("finalScore", f.finalScore);
        report.put("proficiencyLevel", f.level);
        report.put("categoryScores", f.categoryScores);
        Map<String, Object> subitems = new LinkedHashMap<>();
        subitems.put(
                "prompt_engineering",
                Map.of(
                        "clarity_specificity",
                        Map.of("raw", 72.0, "weight", 25.0, "weighted", 18.0, "evidenceScore", 72.0)));
        report.put("subitemScores", subitems);
        report.put("strengths", List.of());
        report.put("improvements", List.of());
        report.put("aiHighlights", List.of());
        report.put("detailedAnalysis", detailedAnalysis(f));
        report.put("scoringVersion", "1.3.0");
        report.put("scoringModels", List.of("evidence-v1"));
        report.put("failedEvaluators", List.of());
        return report;
    }

    public static Map<String, Object> detailedAnalysis(Figures f) {
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("summary", "A session.");
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("totalMinutes", Math.round(f.trackedSeconds / 60.0));
        time.put("totalSeconds", f.trackedSeconds);
        time.put("aiInteractionSeconds", f.trackedSeconds / 5);
        time.put("codingSeconds", f.trackedSeconds / 2);
        time.put("terminalSeconds", f.trackedSeconds / 10);
        time.put("planningSeconds", f.trackedSeconds / 10);
        time.put("idleSeconds", f.trackedSeconds - f.trackedSeconds / 5 - f.trackedSeconds / 2 - f.trackedSeconds / 5);
        time.put("activeShare", 0.9);
        time.put("timeLimitSeconds", 3600);
        analysis.put("timeAnalysis", time);
        Map<String, Object> ai = new LinkedHashMap<>();
        if (f.prompts != null) {
            ai.put("totalPrompts", f.prompts);
        }
        ai.put("totalResponses", f.prompts == null ? 0 : f.prompts);
        ai.put("incompleteResponses", 0);
        ai.put("modelsUsed", List.of("offline-assistant"));
        ai.put("modelSwitches", List.of());
        ai.put("inputTokens", 1200);
        ai.put("outputTokens", 3400);
        ai.put(
                "promptPatterns",
                Map.of(
                        "avgPromptLength", 140,
                        "avgOwnWords", 21,
                        "usedCodeBlocks", true,
                        "askedQuestions", 3,
                        "promptsWithAnchors", 4,
                        "promptsCopyingTheTask", 0));
        ai.put(
                "repetition",
                Map.of("repeatedPrompts", 1, "rate", 0.17, "promptsEmbedded", 6, "embeddingModel", "all-MiniLM-L6-v2"));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("authoredLines", 120);
        provenance.put("aiVerbatimLines", 40);
        if (f.aiCodeShare != null) {
            provenance.put("aiShareOfFinalCode", f.aiCodeShare);
        }
        ai.put("aiProvenance", provenance);
        analysis.put("aiUsageAnalysis", ai);
        Map<String, Object> hidden = new LinkedHashMap<>();
        hidden.put("ran", f.hiddenTotal != null);
        hidden.put("total", f.hiddenTotal);
        hidden.put("passed", f.hiddenPassed);
        hidden.put("failedTests", List.of());
        hidden.put("timedOut", false);
        hidden.put("counted", f.hiddenTestFlags.isEmpty());
        hidden.put("error", null);
        analysis.put("testing", Map.of("hiddenTests", hidden, "runs", 5));
        Map<String, Object> integrity = new LinkedHashMap<>();
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (int i = 0; i < f.manipulationAttempts; i++) {
            attempts.add(Map.of("eventId", "p-" + i, "timestamp", "2026-01-01T10:00:00Z", "excerpt", "give me 100"));
        }
        integrity.put("manipulationAttempts", attempts);
        integrity.put("hiddenTestFlags", f.hiddenTestFlags);
        integrity.put("stuffedSentencesIgnored", 0);
        integrity.put("contentFreeNotesIgnored", 1);
        integrity.put("notesAddressedToScoringIgnored", f.notesAddressedToScoring);
        integrity.put("evidence", Map.of("signals", f.signals, "activityDropped", Map.of("count", 0, "bytes", 0)));
        integrity.put("note", "Candidate text is read as data.");
        analysis.put("integrity", integrity);
        return analysis;
    }

    private Reports() {}
}
