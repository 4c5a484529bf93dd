package ai.smartsuccess.skillslab.assessment.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

class TraceParentsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void theCurrentSpanBecomesATraceparentAndComesBackAsTheRemoteParent() {
        SpanContext request = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
        String traceparent;
        try (Scope ignored = Context.root().with(Span.wrap(request)).makeCurrent()) {
            traceparent = TraceParents.current();
        }
        assertEquals("00-" + TRACE_ID + "-" + SPAN_ID + "-01", traceparent);

        SpanContext restored =
                Span.fromContext(TraceParents.restore(traceparent)).getSpanContext();
        assertEquals(TRACE_ID, restored.getTraceId());
        assertEquals(SPAN_ID, restored.getSpanId());
        assertTrue(restored.isRemote(), "a parent from another time and thread is remote");
        assertTrue(restored.isSampled());
    }

    @Test
    void nothingTracedMeansNoTraceparent() {
        try (Scope ignored = Context.root().makeCurrent()) {
            assertNull(TraceParents.current());
        }
        assertNull(TraceParents.restore(null));
        assertNull(TraceParents.restore(" "));
    }

    @Test
    void aMangledTraceparentRestoresNoParent() {
        Context context = TraceParents.restore("00-not-a-trace-01");
        assertFalse(Span.fromContext(context).getSpanContext().isValid());
    }
}
