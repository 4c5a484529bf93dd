package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.ArrayList;
import java.util.List;

/**
 * Fenced code blocks: three backticks, the rest of that line (the language), then everything up to the next three
 * backticks or the end of the text. Found by scanning, not by a regular expression: the expression this replaces
 * ({@code ```[^\n]*\n(.*?)(?:```|\z)}) took time quadratic in a long line of backticks, which a candidate can type.
 * Finds exactly what the expression found.
 */
final class Fences {

    /** One block: where it starts and ends in the text (closing fence included) and what it holds. */
    record Fence(int start, int end, String body) {}

    static List<Fence> in(String text) {
        List<Fence> fences = new ArrayList<>();
        int open = text.indexOf("```");
        while (open >= 0) {
            int lineEnd = text.indexOf('\n', open + 3);
            if (lineEnd < 0) {
                // No line break after this fence, so none after any later one either.
                break;
            }
            int close = text.indexOf("```", lineEnd + 1);
            int bodyEnd = close < 0 ? text.length() : close;
            int end = close < 0 ? text.length() : close + 3;
            fences.add(new Fence(open, end, text.substring(lineEnd + 1, bodyEnd)));
            open = end >= text.length() ? -1 : text.indexOf("```", end);
        }
        return fences;
    }

    private Fences() {}
}
