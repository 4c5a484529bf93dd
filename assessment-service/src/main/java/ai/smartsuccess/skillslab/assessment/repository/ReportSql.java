package ai.smartsuccess.skillslab.assessment.repository;

/**
 * SQL over the stored score report (JSONB as scoring-service wrote it). The paths are those of scoring-service's
 * {@code detailedAnalysis}; a value that is missing or not a number reads as SQL null, never as 0 and never as an
 * error.
 */
final class ReportSql {

    static final String PROMPTS = "{detailedAnalysis,aiUsageAnalysis,totalPrompts}";
    static final String AI_CODE_SHARE = "{detailedAnalysis,aiUsageAnalysis,aiProvenance,aiShareOfFinalCode}";

    /** The number at {@code path} (a constant of this class) of the report column {@code report}, or null. */
    static String number(String report, String path) {
        String value = report + " #> '" + path + "'";
        return "(case when jsonb_typeof(" + value + ") = 'number' then (" + value + ")::numeric::double precision end)";
    }

    private ReportSql() {}
}
