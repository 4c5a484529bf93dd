package ai.smartsuccess.skillslab.gateway.routing;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import ai.smartsuccess.skillslab.gateway.service.RateLimiter;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.EnumMap;
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

    ProxyRoutes(GatewayConfig config, RateLimiter rateLimiter, IdentityProviderManager identities) {
        this.rateLimiter = rateLimiter;
        this.identities = identities;
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
        ClientAddress.stamp(rc.request());
        String path = rc.request().path();
        if (!isCanonical(rc)) {
            Problems.send(
                    rc.response(),
                    400,
                    "invalid-path",
                    "Invalid path",
                    "Paths may not contain dot segments, empty segments or encoded separators.");
            return;
        }
        Optional<Upstream> upstream = RouteTable.route(path);
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
        caller(rc)
                .flatMap(who -> rateLimiter.check(who, bucket))
                // Back on the request's own context: its response is only written from there.
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .subscribe()
                .with(
                        decision -> {
                            if (!decision.allowed()) {
                                rc.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                                Problems.send(
                                        rc.response(),
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
                            Problems.send(
                                    rc.response(),
                                    503,
                                    "unavailable",
                                    "Service unavailable",
                                    "The platform is busy; try again shortly.");
                        });
    }

    private void handleWebSocket(RoutingContext rc, HttpProxy proxy) {
        ClientAddress.stamp(rc.request());
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

    /** The subject of a valid token, else the caller's address: every caller has a budget. */
    private Uni<String> caller(RoutingContext rc) {
        return QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .map(identity -> who(identity, rc))
                .onFailure()
                .recoverWithItem(() -> "ip:" + rc.request().remoteAddress().host());
    }

    private static String who(SecurityIdentity identity, RoutingContext rc) {
        return identity == null || identity.isAnonymous()
                ? "ip:" + rc.request().remoteAddress().host()
                : "user:" + identity.getPrincipal().getName();
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
