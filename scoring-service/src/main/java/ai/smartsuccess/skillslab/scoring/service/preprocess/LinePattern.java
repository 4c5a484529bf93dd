package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern searched in every line of the authored code, with literals of which every match contains at least one: a
 * line containing none of them cannot match, so it skips the regex (most lines do). Whoever edits a pattern keeps its
 * literals complete; {@code LinePatternTest} checks each alternative.
 */
record LinePattern(Pattern pattern, List<String> literals) {

    static LinePattern of(String regex, String... literals) {
        return new LinePattern(Pattern.compile(regex), List.of(literals));
    }

    /** {@code pattern().matcher(line).find()}, answered without the regex when no literal occurs in the line. */
    boolean foundIn(String line) {
        for (String literal : literals) {
            if (line.contains(literal)) {
                return pattern.matcher(line).find();
            }
        }
        return false;
    }
}
