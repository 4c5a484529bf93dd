package ai.smartsuccess.skillslab.contracts.report;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of {@link ScoreComputed#detailedAnalysis()}. The event keeps it a free-form map: it is stored and served as
 * the scoring engine wrote it, and reports of older scoring versions hold fewer members (or a sentence where a
 * structure is now). These records describe it for the OpenAPI documents of the services that serve it; nothing is read
 * into them at run time. scoring-service's {@code DetailedAnalysisSchemaTest} reads the reports its engine writes into
 * them strictly (unknown members fail), so a member the engine starts writing must be described here first.
 *
 * <p>Members read by the web app are typed; the others are named, as free-form objects. Not an event record: unlike
 * those, it is read strictly (in tests), and never travels.
 */
@Schema(name = "DetailedAnalysis")
public record DetailedAnalysis(
        @Schema(description = "Addressed to the candidate (\"You scored…\").")
        String summary,

        @Schema(description = "About the candidate, for the business or an admin; absent in reports before 1.2.")
        String reviewerSummary,

        @Schema(
                type = SchemaType.OBJECT,
                description = "Per category: the scorer's reasoning, or a sentence in older reports.",
                additionalProperties = CategoryEntry.class)
        Map<String, CategoryAnalysis> categoryAnalysis,

        Map<String, Object> timeAnalysis,
        Map<String, Object> aiUsageAnalysis,
        Map<String, Object> codeEvolution,
        TestingAnalysis testing,

        @Schema(description = "How the outcome bounded the level (scoring 1.2.0 and later).")
        OutcomeGate outcomeGate,

        @Schema(description = "Where outcome quality was judged from (scoring 1.3.0 and later).")
        OutcomeEvidenceSummary outcomeEvidence,

        IntegrityAnalysis integrity,
        Map<String, Object> dataQuality,
        Map<String, Object> judge,

        @Schema(description = "The weights used, and the business's names of its custom categories.")
        ReportWeights weights,

        @Schema(description = "Evaluator (category or category.subitem) to why it failed.")
        Map<String, Object> failedEvaluators,

        Scoring scoring) {

    /** A category's analysis, or the sentence older reports have in its place. */
    @Schema(
            name = "CategoryAnalysisEntry",
            oneOf = {CategoryAnalysis.class, String.class})
    public interface CategoryEntry {}

    /** A subitem's analysis, or the sentence a custom category's subitem has (which built-in subitem it is scored from). */
    @Schema(
            name = "SubitemAnalysisEntry",
            oneOf = {SubitemAnalysis.class, String.class})
    public interface SubitemEntry {}

    @Schema(name = "CategoryAnalysis")
    public record CategoryAnalysis(
            Double score,
            String reasoning,

            @Schema(type = SchemaType.OBJECT, additionalProperties = SubitemEntry.class)
            Map<String, SubitemAnalysis> subitems) {

        /** An older report's sentence in place of the structure. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static CategoryAnalysis sentence(String reasoning) {
            return new CategoryAnalysis(null, reasoning, null);
        }
    }

    /** Why a subitem got its score: the evidence scorer's reasoning, and the judge's when one ran. */
    @Schema(name = "SubitemAnalysis")
    public record SubitemAnalysis(
            Double score,
            Double evidenceScore,
            String reasoning,
            String basis,
            Boolean enoughEvidence,
            List<Map<String, Object>> claims,
            List<Map<String, Object>> improvementClaims,
            Map<String, Object> metrics,
            Double judgeScore,
            String judgeRationale) {

        /** A custom category's subitem: a sentence naming the built-in subitem it is scored from. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static SubitemAnalysis sentence(String reasoning) {
            return new SubitemAnalysis(null, null, reasoning, null, null, null, null, null, null, null);
        }
    }

    @Schema(name = "TestingAnalysis")
    public record TestingAnalysis(
            HiddenTestsSummary hiddenTests,
            Integer runs,
            Integer testRuns,
            Integer failingRuns,
            Integer recoveredFailures,
            Integer rerunsWithoutChange,
            Integer greenMilestones,
            String outcomeBasis) {}

    /** The hidden suite's verdict on the final files; the candidate's copy leaves out {@code error}. */
    @Schema(name = "HiddenTestsSummary")
    public record HiddenTestsSummary(
            Boolean ran,
            Integer total,
            Integer passed,
            List<String> failedTests,
            Boolean timedOut,

            @Schema(description = "False when the submission interfered with the run: then it counts 0.")
            Boolean counted,

            @Schema(description = "Why the suite did not run (the task's owner and admins only).")
            String error) {}

    @Schema(name = "OutcomeGate")
    public record OutcomeGate(
            String rule,
            Boolean applied,
            String reason,
            String outcomeSource,
            Double outcomeRate,
            Double hiddenPassRate,
            String highestAllowedLevel,
            Double scoreBeforeGate,
            String levelBeforeGate) {}

    @Schema(name = "OutcomeEvidenceSummary")
    public record OutcomeEvidenceSummary(
            @Schema(enumeration = {"hidden-tests", "candidate-runs", "none"})
            String source,

            String basis,
            String note) {}

    /** What the record says about its own trustworthiness; the candidate's copy leaves out the hidden-test members. */
    @Schema(name = "IntegrityAnalysis")
    public record IntegrityAnalysis(
            List<ManipulationAttempt> manipulationAttempts,
            List<String> hiddenTestFlags,
            String hiddenTestNote,
            Integer stuffedSentencesIgnored,
            Integer contentFreeNotesIgnored,
            Integer notesAddressedToScoringIgnored,
            EvidenceSignals evidence,
            String note) {}

    @Schema(name = "ManipulationAttempt")
    public record ManipulationAttempt(String eventId, String timestamp, String excerpt) {}

    /** Gaps in the recorded evidence: integrity signals, and sandbox activity the session's budget turned away. */
    @Schema(name = "EvidenceSignals")
    public record EvidenceSignals(List<String> signals, ActivityDropped activityDropped) {}

    @Schema(name = "ActivityDropped")
    public record ActivityDropped(Long count, Long bytes) {}

    @Schema(name = "ReportWeights")
    public record ReportWeights(
            Map<String, Double> categoryWeights,
            Map<String, Map<String, Double>> subitemWeights,
            List<LevelBand> levels,
            List<CategoryNames> customCategories,
            List<String> warnings) {}

    @Schema(name = "ReportLevelBand")
    public record LevelBand(String name, Double min, Double max) {}

    /** A business's own category with the names its task page shows. */
    @Schema(name = "ReportCategoryNames")
    public record CategoryNames(String key, String name, List<SubitemName> subitems) {}

    @Schema(name = "ReportSubitemName")
    public record SubitemName(String key, String name) {}

    @Schema(name = "ScoringRun")
    public record Scoring(String version, List<String> models) {}
}
