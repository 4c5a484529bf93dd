package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import java.util.Map;

/** Typed reads of a tracking event's free-form {@code data}, tolerant of missing or mistyped fields. */
public final class Data {

    private Data() {}

    public static String string(TrackingEvent event, String field) {
        Object value = map(event).get(field);
        return value == null ? null : value.toString();
    }

    public static long number(TrackingEvent event, String field) {
        Object value = map(event).get(field);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    public static Long numberOrNull(TrackingEvent event, String field) {
        Object value = map(event).get(field);
        return value instanceof Number n ? n.longValue() : null;
    }

    public static boolean bool(TrackingEvent event, String field, boolean fallback) {
        Object value = map(event).get(field);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return Boolean.parseBoolean(s);
        }
        return fallback;
    }

    private static Map<String, Object> map(TrackingEvent event) {
        return event.data() == null ? Map.of() : event.data();
    }
}
