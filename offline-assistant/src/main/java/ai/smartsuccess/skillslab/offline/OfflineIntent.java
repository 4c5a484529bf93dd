package ai.smartsuccess.skillslab.offline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the candidate asks the offline assistant for; one message may ask for several (a plan, endpoints and tests). */
enum OfflineIntent {
    DEBUG,
    REVIEW,
    REFACTOR,
    PLAN,
    API_DESIGN,
    TESTS,
    EXPLAIN,
    HELP;

    static final Pattern ERROR_TEXT = Pattern.compile(
            "(?m)(traceback \\(most recent call last\\)|^\\s*\\w*(error|exception)\\b[:\\s]|\\b\\w+(error|exception):"
                    + "|npm err!|segmentation fault|assertionerror|failed \\(failures=|^\\s+at .+:\\d+:\\d+\\)?$"
                    + "|exit code [1-9]|command not found|cannot find module|unsupported method \\(')",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CODE =
            Pattern.compile("(?m)(```|^\\s*(def|class|function|const|let|import|from|public|async def|export)\\b.*$)");
    private static final Pattern DEBUG_WORDS = Pattern.compile(
            "\\b(debug|traceback|stack ?trace|crash(es|ed)?|not working|doesn'?t work|does not work|broken"
                    + "|keeps? failing|why (does|is) .{0,60}\\b(fail|failing|error|wrong|crash))");
    private static final Pattern REVIEW_WORDS = Pattern.compile(
            "\\b(review|feedback|critique|improve|better|smell|readab|look at|check (this|my)|is (this|it) (ok|good|right"
                    + "|fine))");
    private static final Pattern REFACTOR_WORDS = Pattern.compile(
            "\\b(refactor\\w*|restructur\\w*|clean ?up|simplif\\w*|decouple|de-?duplicate|duplicat\\w+ code"
                    + "|reorgani[sz]\\w*|split (it|this|the \\w+) (up|into)|extract (a |the )?(function|method|class|module)"
                    + "|tidy)");
    private static final Pattern TEST_WORDS =
            Pattern.compile("\\b(tests?|testing|unit ?tests?|pytest|unittest|jest|node:test|coverage|edge cases?)\\b");
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "\\b(plan|planning|steps?|approach|where (do|should) i start|how (do|should) i (start|begin|approach)"
                    + "|break (it )?down|breakdown|milestones?|roadmap|strategy|organi[sz]e|prioriti[sz]e|estimate)\\b");
    /** Asks about the shape of an HTTP API. */
    private static final Pattern API_STRONG = Pattern.compile(
            "\\b(endpoints?|routes?|routing|crud|status codes?|http (methods?|verbs?)|api design|design (the|an|my) api"
                    + "|url (scheme|design))\\b");
    /** Mentions an API without asking about its design: it counts with a verb like "build", and not in a test ask. */
    private static final Pattern API_WEAK =
            Pattern.compile("\\b(rest|api|http\\.server|express|fastapi|flask)\\b|(?<![\\w.:/])/[a-z][a-z_-]+");

    private static final Pattern BUILD_WORDS = Pattern.compile(
            "\\b(plan|build|design|outline|create|implement|need|structure|write|make|start|sketch|scaffold)\\b");
    private static final Pattern VALIDATION_WORDS =
            Pattern.compile("\\b(validat\\w*|invalid|sanitiz\\w*|constraints?|required fields?|bad input)\\b");
    private static final Pattern CODE_WORDS = Pattern.compile(
            "\\b(code|example|snippet|sketch|show me|implement\\w*|skeleton|boilerplate|scaffold|write (the|a|me|my)"
                    + "|how (do|would|should) i (write|implement|code))\\b");
    private static final Pattern EXPLAIN_WORDS = Pattern.compile(
            "\\b(explain|what is|what's|what are|why|how does|how do|difference between|meaning of|understand)\\b");

    private static final Pattern EXPLAIN_FIRST = Pattern.compile(
            "^\\W*(explain|what is|what's|what are|what does|why|how does|how do \\w+ work|difference between"
                    + "|meaning of)\\b");
    /** The question is about the candidate's own work ("what do I need", "what should my ... be"). */
    private static final Pattern ABOUT_OWN_WORK = Pattern.compile("\\b(i|my|we|our|need|should)\\b");

    /** The intents of one message, and what else it wants in the answer. */
    record Ask(
            Set<OfflineIntent> intents, boolean wantsCode, boolean wantsValidation, boolean hasCode, boolean hasError) {

        boolean has(OfflineIntent intent) {
            return intents.contains(intent);
        }

        boolean helpOnly() {
            return intents.equals(EnumSet.of(HELP));
        }
    }

    /** Whether a text is about an HTTP API (the task's brief, or something the candidate wrote). */
    static boolean mentionsApi(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return API_STRONG.matcher(lower).find() || API_WEAK.matcher(lower).find();
    }

    static Ask detect(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        boolean hasCode = CODE.matcher(message).find();
        boolean hasError = ERROR_TEXT.matcher(message).find();
        boolean wantsCode = CODE_WORDS.matcher(text).find();
        boolean wantsValidation = VALIDATION_WORDS.matcher(text).find();
        EnumSet<OfflineIntent> intents = EnumSet.noneOf(OfflineIntent.class);
        if (hasError || (!hasCode && DEBUG_WORDS.matcher(text).find())) {
            intents.add(DEBUG);
        } else if (REFACTOR_WORDS.matcher(text).find()) {
            intents.add(REFACTOR);
        } else if (hasCode
                && (REVIEW_WORDS.matcher(text).find()
                        || !TEST_WORDS.matcher(text).find())) {
            intents.add(REVIEW);
        }
        if (!intents.isEmpty()) {
            return new Ask(intents, wantsCode, wantsValidation, hasCode, hasError);
        }
        if (EXPLAIN_FIRST.matcher(text).find() && !ABOUT_OWN_WORK.matcher(text).find()) {
            // "What is CRUD?" asks for an explanation even though it names API words.
            return new Ask(EnumSet.of(EXPLAIN), wantsCode, wantsValidation, hasCode, hasError);
        }
        if (PLAN_WORDS.matcher(text).find()) {
            intents.add(PLAN);
        }
        boolean tests = TEST_WORDS.matcher(text).find();
        boolean apiAsked = API_STRONG.matcher(text).find()
                || (API_WEAK.matcher(text).find() && BUILD_WORDS.matcher(text).find() && !tests);
        if (apiAsked || wantsValidation) {
            intents.add(API_DESIGN);
        }
        if (tests) {
            intents.add(TESTS);
        }
        if (EXPLAIN_WORDS.matcher(text).find() && intents.isEmpty()) {
            intents.add(EXPLAIN);
        }
        if (intents.isEmpty()) {
            intents.add(text.strip().endsWith("?") ? EXPLAIN : HELP);
        }
        return new Ask(intents, wantsCode, wantsValidation, hasCode, hasError);
    }
}
