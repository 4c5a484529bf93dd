package ai.smartsuccess.skillslab.offline;

/**
 * Quotes the user's own text back inside an answer without letting it change the answer's structure: control
 * characters go, long text is cut, and the quote sits in a code fence longer than any backtick run inside it.
 */
final class SafeQuote {

    static String block(String text, int maxChars) {
        String clean = clean(text, maxChars);
        String fence = "`".repeat(Math.max(3, longestBacktickRun(clean) + 1));
        return fence + "text\n" + clean + "\n" + fence;
    }

    /** Code from the workspace's files in a fence of the file's language, longer than any backtick run inside it. */
    static String code(String text, String language, int maxChars) {
        String clean = clean(text, maxChars);
        String fence = "`".repeat(Math.max(3, longestBacktickRun(clean) + 1));
        return fence + language + "\n" + clean + "\n" + fence;
    }

    /** One line for use inside a sentence: no newlines, no backticks. */
    static String inline(String text, int maxChars) {
        String clean = clean(text, maxChars).replace('\n', ' ').replace('`', '\'');
        return "`" + clean.strip() + "`";
    }

    static String clean(String text, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 1));
        for (int i = 0; i < text.length() && out.length() < maxChars; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        String result = out.toString().strip();
        return text.length() > maxChars ? result + " …" : result;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private SafeQuote() {}
}
