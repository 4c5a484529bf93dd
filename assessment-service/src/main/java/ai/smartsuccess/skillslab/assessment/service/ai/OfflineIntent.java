package ai.smartsuccess.skillslab.assessment.service.ai;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the candidate is asking the offline assistant for, recognised from their last message. */
enum OfflineIntent {
    DEBUG,
    REVIEW,
    TESTS,
    PLAN,
    EXPLAIN,
    HELP;

    private static final Pattern ERROR_TEXT = Pattern.compile(
            "(?m)(traceback \\(most recent call last\\)|^\\s*\\w*(error|exception)\\b[:\\s]|\\b\\w+(error|exception):"
                    + "|npm err!|segmentation fault|assertionerror|failed \\(failures=|^\\s+at .+:\\d+:\\d+\\)?$"
                    + "|exit code [1-9]|command not found|cannot find module)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE =
            Pattern.compile("(?m)(```|^\\s*(def|class|function|const|let|import|from|public|async def|export)\\b.*$)");
    private static final Pattern REVIEW_WORDS =
            Pattern.compile("\\b(review|improve|refactor|feedback|clean ?up|better|critique|smell|readab)");
    private static final Pattern TEST_WORDS =
            Pattern.compile("\\b(tests?|testing|unit ?tests?|pytest|unittest|jest|coverage|edge cases?|assert)\\b");
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "\\b(plan|planning|steps?|approach|where (do|should) i start|how (do|should) i (start|begin|approach)"
                    + "|break (it )?down|breakdown|milestones?|roadmap|strategy|organi[sz]e|prioriti[sz]e|estimate)\\b");
    private static final Pattern EXPLAIN_WORDS = Pattern.compile(
            "\\b(explain|what is|what's|what are|why|how does|how do|difference between|meaning of|understand)\\b");

    static OfflineIntent detect(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        boolean hasCode = CODE.matcher(message).find();
        if (ERROR_TEXT.matcher(message).find()) {
            return DEBUG;
        }
        if (hasCode && REVIEW_WORDS.matcher(text).find()) {
            return REVIEW;
        }
        if (TEST_WORDS.matcher(text).find()) {
            return TESTS;
        }
        if (PLAN_WORDS.matcher(text).find()) {
            return PLAN;
        }
        if (hasCode) {
            return REVIEW;
        }
        if (EXPLAIN_WORDS.matcher(text).find() || text.strip().endsWith("?")) {
            return EXPLAIN;
        }
        return HELP;
    }
}
