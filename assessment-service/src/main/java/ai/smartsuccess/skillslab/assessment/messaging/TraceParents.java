package ai.smartsuccess.skillslab.assessment.messaging;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace context of an outbox row as a W3C {@code traceparent} string: taken from the request that writes the row,
 * given back to the relay that publishes it later, on a timer or a fresh context where the request's context is gone.
 */
final class TraceParents {

    private static final String HEADER = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {}

    /** The current span's traceparent; null when nothing is traced (the SDK off, or no span). */
    static String current() {
        Map<String, String> headers = new HashMap<>(2);
        W3C.inject(Context.current(), headers, Map::put);
        return headers.get(HEADER);
    }

    /** The context a traceparent names, as a remote parent; null for none. */
    static Context restore(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return null;
        }
        return W3C.extract(Context.root(), traceparent, ONE_VALUE);
    }
}
