package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiProxyService;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.StreamEvent;
import ai.smartsuccess.skillslab.platform.error.PayloadTooLargeException;
import ai.smartsuccess.skillslab.platform.problem.ProblemExceptionMapper;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code POST /api/ai/chat/stream}: the chat turn as server-sent events. A plain Vert.x route rather than a JAX-RS
 * method because JAX-RS SSE sends its 200 head before the first event, and a refusal (404, 409, 429 with Retry-After)
 * must still answer with its own status as problem+json. Once the head is sent, failures arrive as an {@code error}
 * event. The body is kept up to a cap only (413 beyond it).
 */
@ApplicationScoped
public class ChatStreamRoute {

    private final AiProxyService proxy;
    private final ObjectMapper mapper;
    private final ProblemExceptionMapper problems = new ProblemExceptionMapper();
    /** A body that cannot hold a message within the size cap, however it is escaped, is not read to its end. */
    private final long maxBodyBytes;

    ChatStreamRoute(AiProxyService proxy, ObjectMapper mapper, AssessmentConfig config) {
        this.proxy = proxy;
        this.mapper = mapper;
        this.maxBodyBytes = config.ai().maxRequestChars() * 6L + 65_536;
    }

    void register(@Observes Router router) {
        router.post("/api/ai/chat/stream").handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        // Each request runs on its own duplicated context; Hibernate Reactive wants it flagged as such.
        VertxContextSafetyToggle.setCurrentContextSafe(true);
        if (rc.body() != null && rc.body().available()) {
            // Quarkus' body handler already read it.
            if (rc.body().length() > maxBodyBytes) {
                fail(rc, tooLarge());
            } else {
                respond(rc, rc.body().buffer());
            }
            return;
        }
        // Past the cap the rest of the body is read and dropped, so that the client, still sending, gets the answer.
        boolean declaredTooLarge = declaredLength(rc) > maxBodyBytes;
        if (declaredTooLarge) {
            fail(rc, tooLarge());
        }
        Buffer body = Buffer.buffer();
        rc.request().handler(chunk -> {
            if (!declaredTooLarge && body.length() <= maxBodyBytes) {
                body.appendBuffer(chunk);
                if (body.length() > maxBodyBytes) {
                    fail(rc, tooLarge());
                }
            }
        });
        rc.request().exceptionHandler(failure -> fail(rc, failure));
        rc.request().endHandler(ignored -> {
            if (!declaredTooLarge && body.length() <= maxBodyBytes) {
                respond(rc, body);
            }
        });
        // Quarkus pauses requests until a handler reads them.
        rc.request().resume();
    }

    private static long declaredLength(RoutingContext rc) {
        try {
            return Long.parseLong(rc.request().getHeader("Content-Length"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("A chat request body may have at most " + maxBodyBytes + " bytes.");
    }

    private void respond(RoutingContext rc, Buffer body) {
        QuarkusHttpUser.getSecurityIdentity(rc, null)
                .flatMap(identity -> start(identity, body == null ? Buffer.buffer() : body))
                .subscribe()
                .with(events -> stream(rc, events), failure -> fail(rc, failure));
    }

    private Uni<Multi<StreamEvent>> start(SecurityIdentity identity, Buffer body) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        Caller caller = CurrentCaller.from(identity, token);
        AiResource.Request request;
        try {
            request = mapper.readValue(body.getBytes(), AiResource.Request.class);
        } catch (java.io.IOException e) {
            return Uni.createFrom().failure(e);
        }
        return proxy.stream(caller, AiResource.input(request));
    }

    private void stream(RoutingContext rc, Multi<StreamEvent> events) {
        HttpServerResponse response = rc.response();
        response.setStatusCode(200)
                .setChunked(true)
                .putHeader("Content-Type", "text/event-stream;charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        Cancellable subscription = events.subscribe()
                .with(
                        event -> {
                            if (!response.closed()) {
                                response.write("data: " + json(event) + "\n\n");
                            }
                        },
                        failure -> {
                            if (!response.closed()) {
                                response.end("data: "
                                        + json(StreamEvent.error("AI request failed", "The answer stopped.")) + "\n\n");
                            }
                        },
                        () -> {
                            if (!response.closed()) {
                                response.end();
                            }
                        });
        // The candidate closed the tab: stop reading from the provider (what arrived is still recorded) and give the
        // request's in-flight slot back; also when the tab was closed while the request was being prepared.
        response.closeHandler(ignored -> subscription.cancel());
        if (response.closed()) {
            subscription.cancel();
        }
    }

    private void fail(RoutingContext rc, Throwable failure) {
        Response problem = problems.respond(failure instanceof JsonProcessingException ? failure : unwrap(failure));
        HttpServerResponse response = rc.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.end();
            return;
        }
        response.setStatusCode(problem.getStatus());
        problem.getStringHeaders().forEach((name, values) -> values.forEach(value -> response.putHeader(name, value)));
        response.putHeader("Content-Type", "application/problem+json");
        response.end(json(problem.getEntity()));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof java.util.concurrent.CompletionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("views always serialise", e);
        }
    }
}
