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
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code POST /api/ai/chat/stream}: the chat turn as server-sent events. A plain Vert.x route rather than a JAX-RS
 * method because JAX-RS SSE sends its 200 head before the first event, and a refusal (404, 409, 429 with Retry-After)
 * must still answer with its own status as problem+json. Once the head is sent, failures arrive as an {@code error}
 * event. The caller is known before any of the body is read: an anonymous caller gets 401 and a body still being sent
 * is not read (the connection is closed after the answer). The body is kept up to a cap only (413 beyond it).
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
        HttpServerRequest request = rc.request();
        if (rc.body() != null && rc.body().available()) {
            // Quarkus' body handler already read it.
            Buffer read = rc.body().buffer();
            withIdentity(rc, identity -> {
                if (read != null && read.length() > maxBodyBytes) {
                    fail(rc, tooLarge());
                } else {
                    respond(rc, identity, read);
                }
            });
            return;
        }
        // Nothing of the body is read before the caller is known: the request stays paused while the identity is
        // established (proactive authentication is off, so that happens here), and the handlers are in place before
        // anything could resume it, so that neither a chunk nor the end is lost.
        request.pause();
        Upload upload = new Upload();
        request.handler(chunk -> {
            if (upload.identity == null) {
                // Resumed by someone else before the caller is known: keep what came, read no further.
                request.pause();
            }
            if (!upload.refused && upload.body.length() <= maxBodyBytes) {
                upload.body.appendBuffer(chunk);
                if (upload.identity != null && upload.body.length() > maxBodyBytes) {
                    upload.refused = true;
                    fail(rc, tooLarge());
                }
            }
        });
        request.exceptionHandler(failure -> {
            upload.refused = true;
            fail(rc, failure);
        });
        request.endHandler(ignored -> {
            upload.ended = true;
            if (upload.identity != null && !upload.refused) {
                respond(rc, upload.identity, upload.body);
            }
        });
        withIdentity(rc, identity -> {
            upload.identity = identity;
            // Past the cap the rest of the body is read and dropped, so that the client, still sending, gets the
            // answer.
            if (declaredLength(rc) > maxBodyBytes || upload.body.length() > maxBodyBytes) {
                upload.refused = true;
                fail(rc, tooLarge());
            } else if (upload.ended) {
                respond(rc, identity, upload.body);
            }
            request.resume();
        });
    }

    /** What arrived of a body read here, and whether the caller is known yet. */
    private static final class Upload {
        final Buffer body = Buffer.buffer();
        SecurityIdentity identity;
        boolean ended;
        boolean refused;
    }

    /**
     * Runs {@code next} on the request's context with the caller's identity once it is established; an anonymous caller
     * (or one whose token is refused) gets 401 instead, and a body still being sent is not read: the connection is
     * closed after the answer.
     */
    private void withIdentity(RoutingContext rc, Consumer<SecurityIdentity> next) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            // Established by proactive authentication before this handler.
            proceed(rc, user.getSecurityIdentity(), next);
            return;
        }
        Context context = Vertx.currentContext();
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(rc, null);
        if (context != null) {
            identity = identity.emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        identity.subscribe().with(found -> proceed(rc, found, next), failure -> refuse(rc, failure));
    }

    private void proceed(RoutingContext rc, SecurityIdentity identity, Consumer<SecurityIdentity> next) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)) {
            refuse(rc, new AuthenticationFailedException());
        } else {
            next.accept(identity);
        }
    }

    private void refuse(RoutingContext rc, Throwable failure) {
        HttpServerRequest request = rc.request();
        if (request.isEnded() || request.version() == HttpVersion.HTTP_2) {
            // HTTP/2 flow control holds back the rest of a paused stream; the connection serves other streams.
            fail(rc, failure);
            return;
        }
        // A body still arriving is not drained: the connection goes once the answer is out.
        rc.response().putHeader("Connection", "close");
        HttpConnection connection = request.connection();
        fail(rc, failure).onComplete(ignored -> connection.close());
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

    private void respond(RoutingContext rc, SecurityIdentity identity, Buffer body) {
        // Deferred: a request that fails validation throws, and must still be answered.
        Uni.createFrom()
                .deferred(() -> start(identity, body == null ? Buffer.buffer() : body))
                .subscribe()
                .with(events -> stream(rc, events), failure -> fail(rc, failure));
    }

    private Uni<Multi<StreamEvent>> start(SecurityIdentity identity, Buffer body) {
        Caller caller = CurrentCaller.from(identity, (JsonWebToken) identity.getPrincipal());
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

    private Future<Void> fail(RoutingContext rc, Throwable failure) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed()) {
            // Already answered (a connection closed after a refusal, for one): nothing to tell, nothing to log.
            return Future.succeededFuture();
        }
        Response problem = problems.respond(failure instanceof JsonProcessingException ? failure : unwrap(failure));
        if (response.headWritten()) {
            return response.end();
        }
        response.setStatusCode(problem.getStatus());
        problem.getStringHeaders().forEach((name, values) -> values.forEach(value -> response.putHeader(name, value)));
        response.putHeader("Content-Type", "application/problem+json");
        return response.end(json(problem.getEntity()));
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
