package ai.smartsuccess.skillslab.scoring.service.evaluate;

import java.util.Collection;
import java.util.Map;

/**
 * One statement of feedback and the metric range in which it is true. Feedback is assembled only from claims that hold
 * for the session's own metrics, so a strength never says more than the numbers printed beside it.
 *
 * @param text the words shown to the reader
 * @param metric the key of the subitem's metric the words rest on
 * @param min the lowest value for which the words are true (inclusive)
 * @param max the highest value for which the words are true (inclusive)
 */
public record Claim(String text, String metric, double min, double max) {

    /** True when the metric is present and within the range; booleans count as 0 or 1, collections by their size. */
    public boolean holds(Map<String, Object> metrics) {
        Double value = value(metrics.get(metric));
        return value != null && value >= min && value <= max;
    }

    /** A metric's value as a number: booleans as 0 or 1, collections by their size; null when it is neither. */
    public static Double value(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (raw instanceof Collection<?> c) {
            return (double) c.size();
        }
        return null;
    }
}
