package ai.smartsuccess.skillslab.assessment.service.report;

import java.util.List;

/**
 * What the PDF template shows, already worded and formatted: the template only lays it out (and escapes every text).
 * Every text that came from the candidate, the business or the scorer has been made safe for XML
 * ({@link PdfText#clean}).
 */
public record PdfReport(
        String candidateName,
        String candidateEmail,
        String taskTitle,
        String taskDetails,
        String submitted,
        String scored,
        String timeSpent,
        String assessmentId,
        String score,
        String level,
        String levelTone,
        String summary,
        List<Category> categories,
        List<Finding> strengths,
        List<Finding> improvements,
        HiddenTests hiddenTests,
        AiUsage aiUsage,
        Integrity integrity,
        String scoringVersion,
        String scoreRevision) {

    /** @param percent the bar's width, 0 to 100 */
    public record Category(String name, String value, double percent, String tone) {}

    public record Finding(String title, String text, List<Evidence> evidence) {}

    public record Evidence(String at, String description) {}

    /** @param summary e.g. "7 of 10 passed" */
    public record HiddenTests(
            boolean ran, String summary, String status, String statusTone, String error, List<HiddenTest> tests) {}

    public record HiddenTest(String name, boolean passed, String message) {}

    public record AiUsage(
            String prompts, String models, String aiCodeShare, double aiCodeSharePercent, String tokens) {}

    /**
     * @param clean whether the report found nothing
     * @param flags each finding with what it means
     * @param notes the scorer's and the sandbox's own words about the run
     */
    public record Integrity(
            boolean known, boolean clean, List<Flag> flags, List<String> excerpts, List<String> notes) {}

    public record Flag(String code, String meaning) {}
}
