package ai.smartsuccess.skillslab.assessment.service.report;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.assessment.service.PersonalData;
import ai.smartsuccess.skillslab.assessment.service.ScoreFigures;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.AiUsage;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.Category;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.Evidence;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.Finding;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.Flag;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.HiddenTest;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.HiddenTests;
import ai.smartsuccess.skillslab.assessment.service.report.PdfReport.Integrity;
import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The PDF's content, from the attempt and its current score report (nothing else: no tracking is read for it). */
final class PdfReports {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    /** The product's names of the built-in categories. */
    static final Map<String, String> CATEGORY_NAMES = Map.of(
            "planning", "Planning",
            "prompt_engineering", "Prompt engineering",
            "tool_orchestration", "Tool orchestration",
            "outcome_quality", "Outcome quality");

    /** What each integrity code means, in the business's words. */
    static final Map<String, String> FLAG_MEANINGS = flagMeanings();

    private static final int MAX_FINDINGS = 12;
    private static final int MAX_EVIDENCE = 4;
    private static final int MAX_HIDDEN_TESTS = 60;
    private static final int MAX_EXCERPTS = 5;

    static PdfReport of(Assessment a, Score score) {
        ScoreReportDocument r = score.report;
        JsonObject analysis = r.detailedAnalysis() == null ? null : new JsonObject(r.detailedAnalysis());
        Map<String, String> names = categoryNames(analysis);
        String name = a.candidate == null ? PersonalData.DELETED_NAME : a.candidate.name();
        String email = a.candidate == null ? null : a.candidate.email();
        // The summary about the candidate (scoring 1.2 and later), else the one addressed to them.
        String summary = text(analysis, "reviewerSummary");
        if (summary == null) {
            summary = text(analysis, "summary");
        }
        return new PdfReport(
                PdfText.clean(name, 200),
                PdfText.clean(email, 200),
                PdfText.clean(a.taskSnapshot.title(), 300),
                PdfText.clean(taskDetails(a), 200),
                a.submittedAt == null
                        ? "not submitted"
                        : DATE.format(a.submittedAt.withOffsetSameInstant(ZoneOffset.UTC)),
                a.scoredAt == null ? null : DATE.format(a.scoredAt.withOffsetSameInstant(ZoneOffset.UTC)),
                duration(a.timeSpentSeconds),
                a.id.toString(),
                oneDecimal(r.finalScore()),
                PdfText.clean(capitalized(r.proficiencyLevel()), 60),
                tone(r.proficiencyLevel()),
                PdfText.clean(summary, 2000),
                categories(r.categoryScores(), names),
                findings(r.strengths(), names),
                findings(r.improvements(), names),
                hiddenTests(a.submission == null ? null : a.submission.hiddenTests(), analysis),
                aiUsage(ScoreFigures.object(analysis, "aiUsageAnalysis")),
                integrity(ScoreFigures.object(analysis, "integrity")),
                PdfText.clean(r.scoringVersion(), 40),
                score.eventId == null ? null : score.eventId.toString());
    }

    private static String taskDetails(Assessment a) {
        List<String> parts = new ArrayList<>();
        if (a.taskSnapshot.taskType() != null) {
            parts.add(a.taskSnapshot.taskType().replace('_', ' '));
        }
        if (a.taskSnapshot.difficulty() != null) {
            parts.add(a.taskSnapshot.difficulty());
        }
        parts.add(a.taskSnapshot.timeLimitMinutes() + " min");
        if (a.taskSnapshot.runtime() != null) {
            parts.add(a.taskSnapshot.runtime());
        }
        return String.join(" · ", parts);
    }

    private static List<Category> categories(Map<String, Double> scores, Map<String, String> names) {
        List<Category> categories = new ArrayList<>();
        if (scores == null) {
            return categories;
        }
        // The built-in categories in the product's order (a JSON column keeps no key order), then custom ones.
        Map<String, Double> ordered = new LinkedHashMap<>();
        DefaultEvaluation.CATEGORIES.keySet().stream()
                .filter(scores::containsKey)
                .forEach(key -> ordered.put(key, scores.get(key)));
        new TreeMap<>(scores).forEach(ordered::putIfAbsent);
        ordered.forEach((key, value) -> {
            double v = value == null ? 0 : Math.max(0, Math.min(100, value));
            categories.add(new Category(
                    PdfText.clean(names.getOrDefault(key, humanized(key)), 80),
                    value == null ? "–" : oneDecimal(value),
                    Math.round(v * 10) / 10.0,
                    v >= 70 ? "good" : v >= 40 ? "fair" : "low"));
        });
        return categories;
    }

    private static List<Finding> findings(List<Feedback> feedback, Map<String, String> names) {
        List<Finding> findings = new ArrayList<>();
        if (feedback == null) {
            return findings;
        }
        for (Feedback f : feedback.stream().limit(MAX_FINDINGS).toList()) {
            List<String> title = new ArrayList<>();
            if (f.category() != null) {
                title.add(names.getOrDefault(f.category(), humanized(f.category())));
            }
            if (f.subitem() != null) {
                title.add(humanized(f.subitem()));
            }
            List<Evidence> evidence = new ArrayList<>();
            if (f.evidence() != null) {
                for (EvidenceRef ref : f.evidence().stream().limit(MAX_EVIDENCE).toList()) {
                    evidence.add(new Evidence(time(ref.timestamp()), PdfText.clean(ref.description(), 400)));
                }
            }
            findings.add(new Finding(
                    PdfText.clean(String.join(" · ", title), 200), PdfText.clean(f.text(), 1200), evidence));
        }
        return findings;
    }

    private static HiddenTests hiddenTests(HiddenTestResults run, JsonObject analysis) {
        JsonObject summary = ScoreFigures.object(ScoreFigures.object(analysis, "testing"), "hiddenTests");
        if (run == null && summary == null) {
            return null;
        }
        boolean ran;
        Integer total;
        Integer passed;
        Boolean counted;
        Boolean timedOut;
        String error;
        List<HiddenTest> tests = new ArrayList<>();
        if (run != null) {
            ran = !"none".equals(run.runner()) && run.error() == null;
            total = run.total();
            passed = run.passed();
            counted = run.integrityFlags().isEmpty();
            timedOut = run.timedOut();
            error = run.error();
            run.tests().stream()
                    .limit(MAX_HIDDEN_TESTS)
                    .forEach(t -> tests.add(
                            new HiddenTest(PdfText.clean(t.name(), 200), t.passed(), PdfText.clean(t.message(), 500))));
            if ("none".equals(run.runner())) {
                return new HiddenTests(false, "The task has no hidden tests.", "none", "neutral", null, tests);
            }
        } else {
            ran = Boolean.TRUE.equals(ScoreFigures.bool(summary, "ran"));
            total = ScoreFigures.integer(summary, "total");
            passed = ScoreFigures.integer(summary, "passed");
            counted = ScoreFigures.bool(summary, "counted");
            timedOut = ScoreFigures.bool(summary, "timedOut");
            error = summary.getValue("error") instanceof String e ? e : null;
            List<String> failed = ScoreFigures.strings(summary, "failedTests");
            if (failed != null) {
                failed.stream()
                        .limit(MAX_HIDDEN_TESTS)
                        .forEach(t -> tests.add(new HiddenTest(PdfText.clean(t, 200), false, null)));
            }
        }
        String text = total == null || passed == null ? "Not known" : passed + " of " + total + " passed";
        String status;
        String tone;
        if (Boolean.FALSE.equals(counted)) {
            status = "not counted: the run was interfered with";
            tone = "low";
        } else if (Boolean.TRUE.equals(timedOut)) {
            status = "timed out";
            tone = "fair";
        } else if (!ran) {
            status = "did not run";
            tone = "fair";
        } else {
            status = total != null && passed != null && passed.equals(total) ? "all passed" : "clean run";
            tone = total != null && passed != null && total > 0 && passed * 10 >= total * 7 ? "good" : "fair";
        }
        return new HiddenTests(ran, text, status, tone, PdfText.clean(error, 600), tests);
    }

    private static AiUsage aiUsage(JsonObject ai) {
        if (ai == null) {
            return null;
        }
        Integer prompts = ScoreFigures.prompts(ai);
        List<String> models = ScoreFigures.modelsUsed(ai);
        Double share = ScoreFigures.aiCodeShare(ai);
        Long in = ScoreFigures.inputTokens(ai);
        Long out = ScoreFigures.outputTokens(ai);
        return new AiUsage(
                prompts == null ? "–" : prompts.toString(),
                models == null || models.isEmpty() ? "none" : PdfText.clean(String.join(", ", models), 300),
                share == null ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100),
                share == null ? 0 : Math.max(0, Math.min(100, Math.round(share * 1000) / 10.0)),
                in == null && out == null
                        ? "–"
                        : String.format(Locale.ROOT, "%,d in / %,d out", in == null ? 0 : in, out == null ? 0 : out));
    }

    private static Integrity integrity(JsonObject integrity) {
        if (integrity == null) {
            return new Integrity(false, false, List.of(), List.of(), List.of());
        }
        List<String> codes = ScoreFigures.integrityFlags(integrity);
        List<Flag> flags = codes.stream()
                .map(code -> new Flag(
                        PdfText.clean(code, 80),
                        FLAG_MEANINGS.getOrDefault(
                                code, "A finding of the platform; see the report's detailed analysis.")))
                .toList();
        List<String> excerpts = new ArrayList<>();
        if (integrity.getValue("manipulationAttempts") instanceof JsonArray attempts) {
            for (Object attempt : attempts) {
                if (excerpts.size() < MAX_EXCERPTS
                        && attempt instanceof JsonObject a
                        && a.getValue("excerpt") instanceof String excerpt) {
                    excerpts.add(PdfText.clean(excerpt, 300));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (integrity.getValue("hiddenTestNote") instanceof String note) {
            notes.add(PdfText.clean(note, 600));
        }
        if (integrity.getValue("note") instanceof String note) {
            notes.add(PdfText.clean(note, 600));
        }
        return new Integrity(true, flags.isEmpty(), flags, excerpts, notes);
    }

    /** The built-in names, and the business's names of its custom categories from the report's weights. */
    private static Map<String, String> categoryNames(JsonObject analysis) {
        Map<String, String> names = new LinkedHashMap<>(CATEGORY_NAMES);
        JsonObject weights = ScoreFigures.object(analysis, "weights");
        if (weights != null && weights.getValue("customCategories") instanceof JsonArray custom) {
            for (Object entry : custom) {
                if (entry instanceof JsonObject category
                        && category.getValue("key") instanceof String key
                        && category.getValue("name") instanceof String name) {
                    names.put(key, name);
                }
            }
        }
        return names;
    }

    static String humanized(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        return capitalized(key.replace('_', ' ').replace('-', ' '));
    }

    /** One decimal, half up on the decimal digits, as the dashboard and the emails show a score (52.55 is 52.6). */
    static String oneDecimal(double score) {
        return new BigDecimal(Double.toString(score))
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String capitalized(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A CSS class for the level badge: the known levels by name, any other level neutral. */
    private static String tone(String level) {
        if (level == null) {
            return "neutral";
        }
        return switch (level) {
            case "innovator" -> "innovator";
            case "architect" -> "architect";
            case "operator" -> "operator";
            case "explorer" -> "explorer";
            default -> "neutral";
        };
    }

    private static String duration(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        long minutes = seconds / 60;
        return minutes >= 60
                ? String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60)
                : String.format(Locale.ROOT, "%d min %02d s", minutes, seconds % 60);
    }

    private static String text(JsonObject parent, String key) {
        return parent != null && parent.getValue(key) instanceof String value && !value.isBlank() ? value : null;
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static Map<String, String> flagMeanings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(HiddenTestResults.CONFTEST, "A conftest.py in the final files: hooks a Python test runner would load.");
        m.put(
                HiddenTestResults.SITECUSTOMIZE,
                "sitecustomize.py or usercustomize.py: code Python would run at start-up.");
        m.put(HiddenTestResults.PTH_FILE, "A .pth file: paths and code Python's site module would load.");
        m.put(
                HiddenTestResults.STDLIB_SHADOWING,
                "A module named like one of the standard library, which an import could find first.");
        m.put(HiddenTestResults.BUILTIN_SHADOWING, "A package in node_modules named like a Node.js built-in module.");
        m.put(HiddenTestResults.FRAMEWORK_PATCHED, "The test framework was changed while the hidden suite ran.");
        m.put(HiddenTestResults.HIDDEN_TESTS_CHANGED, "The hidden test files changed while they ran.");
        m.put(HiddenTestResults.FORGED_RESULTS, "Something other than the platform wrote the hidden tests' results.");
        m.put(
                "evidence-incomplete",
                "The sandbox's record of the session had not all arrived when the submission was sealed.");
        m.put("activity-dropped", "The sandbox turned away terminal activity beyond its budget.");
        m.put(ScoreFigures.MANIPULATION_ATTEMPTS, "Prompts aimed at the score were set aside.");
        m.put(ScoreFigures.NOTES_ADDRESSED_TO_SCORING, "Submission notes addressed to the scoring were set aside.");
        m.put(ScoreFigures.KEYWORD_STUFFING, "Sentences that only listed rubric keywords were dropped.");
        return Map.copyOf(m);
    }

    private PdfReports() {}
}
