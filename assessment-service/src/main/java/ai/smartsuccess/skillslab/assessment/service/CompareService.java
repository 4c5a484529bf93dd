package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.repository.ComparisonRepository;
import ai.smartsuccess.skillslab.assessment.repository.ComparisonRepository.ComparedRow;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.AiUsageDetail;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.Compared;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.Comparison;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.HiddenTests;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.PromptQuality;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.TimeSpent;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scored attempts on the caller's own tasks, side by side and ranked. */
@ApplicationScoped
public class CompareService {

    public static final int MIN_IDS = 2;
    public static final int MAX_IDS = 5;
    static final String FIELD = "assessmentIds";

    private final ComparisonRepository comparisons;

    CompareService(ComparisonRepository comparisons) {
        this.comparisons = comparisons;
    }

    /**
     * The ids of {@code assessmentIds}: comma-separated, the parameter possibly repeated; 2 to 5 distinct ids, else
     * 400 naming the parameter.
     */
    public static List<UUID> parseIds(List<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        int given = 0;
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            for (String part : value.split(",", -1)) {
                given++;
                try {
                    ids.add(UUID.fromString(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(FIELD, "must be a comma-separated list of assessment ids");
                }
            }
        }
        if (ids.size() != given) {
            throw new InvalidInputException(FIELD, "must not name an assessment twice");
        }
        if (ids.size() < MIN_IDS || ids.size() > MAX_IDS) {
            throw new InvalidInputException(
                    FIELD, "must name " + MIN_IDS + " to " + MAX_IDS + " assessments, comma-separated");
        }
        return List.copyOf(ids);
    }

    public Uni<Comparison> compare(Caller caller, List<UUID> ids) {
        return comparisons.find(caller.subject(), ids).map(rows -> {
            Map<UUID, ComparedRow> byId = rows.stream().collect(Collectors.toMap(ComparedRow::id, Function.identity()));
            List<UUID> missing =
                    ids.stream().filter(id -> !byId.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                // Another business's attempt and one that does not exist look the same.
                throw new NotFoundException("No candidate attempt " + missing.get(0) + " on your tasks.");
            }
            List<String> unscored = ids.stream()
                    .map(byId::get)
                    .filter(row -> !AssessmentStatus.SCORED.value().equals(row.status())
                            || !row.hasReport()
                            || row.finalScore() == null)
                    .map(row -> row.id().toString())
                    .toList();
            if (!unscored.isEmpty()) {
                throw new ConflictException(
                        "not-scored",
                        "Only scored attempts can be compared; not scored yet: " + String.join(", ", unscored) + ".",
                        Map.of(FIELD, unscored));
            }
            List<Compared> compared =
                    ids.stream().map(id -> compared(byId.get(id))).toList();
            boolean sameTask =
                    compared.stream().map(Compared::taskId).distinct().count() == 1;
            return new Comparison(sameTask, compared, rank(compared));
        });
    }

    /** Final score desc, hidden tests passed desc (unknown last), time spent asc (unknown last), then as asked. */
    static List<UUID> rank(List<Compared> compared) {
        List<Compared> ordered = new ArrayList<>(compared);
        ordered.sort(Comparator.comparingDouble(Compared::finalScore)
                .reversed()
                .thenComparing(CompareService::passedForRanking, Comparator.reverseOrder())
                .thenComparing(c -> c.time().spentSeconds() == null
                        ? Long.MAX_VALUE
                        : c.time().spentSeconds()));
        return ordered.stream().map(Compared::assessmentId).toList();
    }

    /** The hidden tests passed as they count: 0 for a run the sandbox found tampered with, -1 when unknown. */
    private static int passedForRanking(Compared c) {
        HiddenTests hidden = c.hiddenTests();
        if (hidden == null || hidden.passed() == null) {
            return -1;
        }
        return Boolean.FALSE.equals(hidden.counted()) ? 0 : hidden.passed();
    }

    private static Compared compared(ComparedRow row) {
        JsonObject ai = row.aiUsage();
        JsonObject patterns = ScoreFigures.object(ai, "promptPatterns");
        JsonObject repetition = ScoreFigures.object(ai, "repetition");
        PromptQuality quality = patterns == null && repetition == null
                ? null
                : new PromptQuality(
                        ScoreFigures.integer(patterns, "avgPromptLength"),
                        ScoreFigures.integer(patterns, "avgOwnWords"),
                        ScoreFigures.integer(patterns, "askedQuestions"),
                        ScoreFigures.integer(patterns, "promptsWithAnchors"),
                        ScoreFigures.integer(patterns, "promptsCopyingTheTask"),
                        ScoreFigures.bool(patterns, "usedCodeBlocks"),
                        ScoreFigures.integer(repetition, "repeatedPrompts"),
                        ScoreFigures.number(repetition, "rate"));
        AiUsageDetail aiUsage = ai == null
                ? null
                : new AiUsageDetail(
                        ScoreFigures.prompts(ai),
                        ScoreFigures.aiCodeShare(ai),
                        ScoreFigures.modelsUsed(ai),
                        ScoreFigures.inputTokens(ai),
                        ScoreFigures.outputTokens(ai),
                        quality);
        Map<String, Long> split = ScoreFigures.timeSplit(row.time());
        TimeSpent time = new TimeSpent(
                row.timeSpentSeconds(),
                split.get("timeLimitSeconds"),
                split.get("totalSeconds"),
                split.get("aiInteractionSeconds"),
                split.get("codingSeconds"),
                split.get("terminalSeconds"),
                split.get("planningSeconds"),
                split.get("idleSeconds"));
        JsonObject hidden = row.hiddenTests();
        HiddenTests hiddenTests = hidden == null
                ? null
                : new HiddenTests(
                        ScoreFigures.integer(hidden, "total"),
                        ScoreFigures.integer(hidden, "passed"),
                        ScoreFigures.bool(hidden, "ran"),
                        ScoreFigures.bool(hidden, "counted"));
        return new Compared(
                row.id(),
                row.name(),
                row.taskId(),
                row.taskTitle(),
                row.finalScore(),
                row.level(),
                ScoreFigures.categoryScores(row.categoryScores()),
                ScoreFigures.subitemScores(row.subitemScores()),
                hiddenTests,
                aiUsage,
                time,
                ScoreFigures.integrityFlags(row.integrity()));
    }
}
