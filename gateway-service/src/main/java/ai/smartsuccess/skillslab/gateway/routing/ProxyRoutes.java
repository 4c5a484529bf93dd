package ai.smartsuccess.skillslab.gateway.routing;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import ai.smartsuccess.skillslab.gateway.service.RateLimiter;
import ai.smartsuccess.skillslab.platform.http.RefusedUploads;
import ai.smartsuccess.skillslab.platform.ratelimit.FixedWindowLimiter.Decision;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Routes {@code /api/**} and {@code /ws/**} to the owning service through a streaming reverse proxy (bodies, server-sent
 * events and WebSocket upgrades pass through unbuffered), after the per-user rate limit. Paths the gateway serves
 * itself fall through to its REST layer.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final Map<Upstream, SocketAddress> origins = new EnumMap<>(Upstream.class);
    private final RateLimiter rateLimiter;
    private final IdentityProviderManager identities;
    private final ClientAddresses clientAddresses;
    private final long maxBodyBytes;

    ProxyRoutes(GatewayConfig config, RateLimiter rateLimiter, IdentityProviderManager identities) {
        this.rateLimiter = rateLimiter;
        this.identities = identities;
        this.clientAddresses =
                new ClientAddresses(config.edge().trustedProxies().orElse(List.of()));
        this.maxBodyBytes = config.edge().maxBodySize().asLongValue();
        GatewayConfig.Routes routes = config.routes();
        origins.put(Upstream.TASK_SERVICE, address(routes.taskService()));
        origins.put(Upstream.ASSESSMENT_SERVICE, address(routes.assessmentService()));
        origins.put(Upstream.SANDBOX_ORCHESTRATOR, address(routes.sandboxOrchestrator()));
        origins.put(Upstream.SCORING_SERVICE, address(routes.scoringService()));
        origins.put(Upstream.NOTIFICATION_SERVICE, address(routes.notificationService()));
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(200)
                .setKeepAlive(true)
                .setConnectTimeout(3000)
                .setIdleTimeout(0));
        HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(true), client)
                .originSelector(this::origin)
                .addInterceptor(new BodyLimit(vertx, maxBodyBytes))
                .addInterceptor(new UnavailableUpstreamAsProblem());
        router.route("/api/*").order(-100).handler(rc -> handleApi(rc, proxy));
        router.route("/ws/*").order(-100).handler(rc -> handleWebSocket(rc, proxy));
        // Public result pages and the keys that verify them: the service answers, with the same per-caller limit as
        // the API (an anonymous reader's budget is per address), never the web app's fallback page.
        router.route("/r/*").order(-100).handler(rc -> handleApi(rc, proxy));
        router.route("/.well-known/skills-lab-keys.json").order(-100).handler(rc -> handleApi(rc, proxy));
        router.route("/internal/*")
                .order(-100)
                .handler(rc -> Problems.send(rc.response(), 404, "not-found", "Not found", "No such resource."));
    }

    private void handleApi(RoutingContext rc, HttpProxy proxy) {
        ClientAddress.stamp(rc.request(), clientAddresses);
        String path = rc.request().path();
        if (!isCanonical(rc)) {
            refuseUnread(
                    rc,
                    400,
                    "invalid-path",
                    "Invalid path",
                    "Paths may not contain dot segments, empty segments or encoded separators.");
            return;
        }
        Optional<Upstream> upstream = RouteTable.route(path);
        boolean needsToken = upstream.isPresent()
                && !RouteTable.isPublic(rc.request().method().name(), path);
        if (needsToken && rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // Refused before a byte of the body is read: an anonymous upload costs the platform nothing.
            unauthorized(rc);
            return;
        }
        RateLimitBucket bucket = RateLimitBucket.of(path);
        if (bucket == RateLimitBucket.UNLIMITED && upstream.isPresent()) {
            // Tracking batches: the owning service checks the token and bounds them; nothing to decide here, so the
            // gateway spends no time on them beyond forwarding.
            forward(rc, proxy);
            return;
        }
        // Keep the body unread until the proxy (or the REST layer) takes it, while identity and limits are checked.
        rc.request().pause();
        Context context = Vertx.currentContext();
        signedIn(rc)
                .flatMap(who -> needsToken && who.isEmpty()
                        ? Uni.createFrom().<Decision>nullItem()
                        : rateLimiter.check(who.orElseGet(() -> "ip:" + clientKey(rc)), bucket))
                // Back on the request's own context: its response is only written from there.
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .subscribe()
                .with(
                        decision -> {
                            if (decision == null) {
                                unauthorized(rc);
                                return;
                            }
                            if (!decision.allowed()) {
                                rc.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                                refuseUnread(
                                        rc,
                                        429,
                                        "rate-limited",
                                        "Too many requests",
                                        "You reached the limit of " + decision.limit()
                                                + " requests per minute for this " + "kind of request. Try again in "
                                                + decision.retryAfterSeconds() + " s.");
                                return;
                            }
                            if (upstream.isEmpty()) {
                                rc.request().resume();
                                rc.next();
                                return;
                            }
                            forward(rc, proxy);
                        },
                        failure -> {
                            LOG.warn("rate limiting unavailable, request refused", failure);
                            refuseUnread(
                                    rc,
                                    503,
                                    "unavailable",
                                    "Service unavailable",
                                    "The platform is busy; try again shortly.");
                        });
    }

    private void handleWebSocket(RoutingContext rc, HttpProxy proxy) {
        ClientAddress.stamp(rc.request(), clientAddresses);
        Optional<Upstream> upstream = RouteTable.route(rc.request().path());
        if (upstream.isEmpty() || !isCanonical(rc)) {
            Problems.send(rc.response(), 404, "not-found", "Not found", "No such resource.");
            return;
        }
        forward(rc, proxy);
    }

    private static void forward(RoutingContext rc, HttpProxy proxy) {
        rc.request().headers().remove("X-Forwarded-For");
        // The gateway's own span continued the caller's trace context; the proxied request must carry the gateway's
        // (injected by the HTTP client's tracer), not the caller's copied along, or the service would skip the gateway.
        rc.request().headers().remove("traceparent").remove("tracestate");
        proxy.handle(rc.request());
    }

    /**
     * The service must see exactly the path that was routed: a path that would normalize to something else
     * ({@code /api/tasks/../internal}) or hides separators in encoded form is refused, never rewritten.
     */
    private static boolean isCanonical(RoutingContext rc) {
        String raw = rc.request().path();
        return raw.equals(rc.normalizedPath()) && !raw.contains("//") && !RouteTable.isSuspicious(raw);
    }

    /** {@code user:<subject>} of a valid token; empty without one, or with one that is not valid. */
    private Uni<Optional<String>> signedIn(RoutingContext rc) {
        return QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .map(identity -> identity == null || identity.isAnonymous()
                        ? Optional.<String>empty()
                        : Optional.of("user:" + identity.getPrincipal().getName()))
                .onFailure()
                .recoverWithItem(Optional.empty());
    }

    /** The anonymous caller's budget: per client address (behind a trusted proxy, the one it names). */
    private String clientKey(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        return clientAddresses.clientKey(
                request.remoteAddress().host(),
                request.headers().getAll("Forwarded"),
                request.headers().getAll("X-Forwarded-For"));
    }

    private static void unauthorized(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        refuseUnread(rc, 401, "unauthorized", "Unauthorized", "Sign in to continue: a valid access token is required.");
    }

    /** Answers a request whose body is still unread; the rest of it is never kept (platform RefusedUploads). */
    static void refuseUnread(RoutingContext rc, int status, String type, String title, String detail) {
        RefusedUploads.closeAfterAnswer(rc.vertx(), rc.request());
        Problems.send(rc.response(), status, type, title, detail);
    }

    private Future<SocketAddress> origin(HttpServerRequest request) {
        Optional<Upstream> upstream = RouteTable.route(request.path());
        return upstream.map(u -> Future.succeededFuture(origins.get(u)))
                .orElseGet(() -> Future.failedFuture("no route for " + request.path()));
    }

    private static SocketAddress address(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return SocketAddress.inetSocketAddress(port, uri.getHost());
    }

    /**
     * Passes the body on as it arrives and cuts it off past the limit (413, connection closed): a chunked upload has no
     * {@code Content-Length} for Quarkus to refuse up front, and the proxy would otherwise stream it without end.
     */
    private static final class BodyLimit implements ProxyInterceptor {
        private final long maxBytes;

        private final Vertx vertx;

        BodyLimit(Vertx vertx, long maxBytes) {
            this.vertx = vertx;
            this.maxBytes = maxBytes;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            Body body = request.getBody();
            if (body == null) {
                return context.sendRequest();
            }
            CappedBody capped = new CappedBody(body.stream(), maxBytes);
            request.setBody(Body.body(capped, body.length()));
            return context.sendRequest().transform(outcome -> {
                if (!capped.exceeded()) {
                    return outcome.succeeded()
                            ? Future.succeededFuture(outcome.result())
                            : Future.failedFuture(outcome.cause());
                }
                RefusedUploads.closeAfterAnswer(vertx, request.proxiedRequest());
                ProxyResponse tooLarge =
                        request.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json");
                tooLarge.headers().remove("Content-Length");
                tooLarge.setBody(Body.body(Buffer.buffer(Problems.body(
                                413,
                                "payload-too-large",
                                "Payload too large",
                                "The request body is larger than the " + maxBytes + " bytes this platform accepts.")
                        .encode())));
                return Future.succeededFuture(tooLarge);
            });
        }
    }

    /** A service that is down or restarting answers as a problem, not as an empty 502. */
    private static final class UnavailableUpstreamAsProblem implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                LOG.debugf("upstream unavailable for %s: %s", context.request().getURI(), failure.getMessage());
                ProxyResponse response = context.request()
                        .response()
                        .setStatusCode(502)
                        .putHeader("Content-Type", "application/problem+json");
                response.setBody(Body.body(Buffer.buffer(Problems.body(
                                502,
                                "upstream-unavailable",
                                "Service unavailable",
                                "This part of the platform is not answering right now; try again in a moment.")
                        .encode())));
                return Future.succeededFuture(response);
            });
        }
    }
}
