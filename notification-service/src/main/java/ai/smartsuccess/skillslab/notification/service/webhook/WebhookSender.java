package ai.smartsuccess.skillslab.notification.service.webhook;

import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Posts one signed delivery. The URL is checked again before each attempt and the connection goes to the address that
 * was checked (the Host header and TLS name stay the URL's host); redirects are not followed; the attempt is bounded in
 * time, and only the first few hundred characters of the answer are read.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "SkillsLab-Webhooks/1.0";

    /** What one attempt found: the status (null without an answer), whether it counts as delivered, and why not. */
    public record Result(Integer statusCode, boolean succeeded, String error, String excerpt, int durationMs) {}

    private final HttpClient client;
    private final WebhookUrls urls;
    private final Duration timeout;
    private final int excerptChars;

    WebhookSender(Vertx vertx, NotificationConfig config) {
        NotificationConfig.Webhooks webhooks = config.webhooks();
        this.timeout = webhooks.timeout();
        this.excerptChars = webhooks.responseExcerpt();
        this.urls = new WebhookUrls(webhooks.allowLocalUrls(), webhooks.maxUrlLength(), WebhookUrls.Resolver.SYSTEM);
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setMaxPoolSize(32));
    }

    /** The URL rules in force (local mode or not), for checking a webhook when it is saved. */
    public WebhookUrls urls() {
        return urls;
    }

    /** Never fails: whatever went wrong is in the result. */
    public Uni<Result> post(String url, String eventType, UUID deliveryId, String secret, String body) {
        long started = System.nanoTime();
        return OnContext.blocking(() -> {
                    try {
                        return urls.check(url);
                    } catch (WebhookUrls.Refused refused) {
                        throw new RefusedTarget(refused.getMessage());
                    }
                })
                .flatMap(target -> send(target, eventType, deliveryId, secret, body, started))
                .ifNoItem()
                .after(timeout)
                .failWith(TimeoutException::new)
                .onFailure()
                .recoverWithItem(failure -> new Result(null, false, describe(failure), null, elapsed(started)));
    }

    private Uni<Result> send(
            WebhookUrls.Target target, String eventType, UUID deliveryId, String secret, String body, long started) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(pathAndQuery(target.uri()))
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader(WebhookSignature.EVENT_HEADER, eventType)
                .putHeader(WebhookSignature.DELIVERY_HEADER, deliveryId.toString())
                .putHeader(
                        WebhookSignature.HEADER,
                        WebhookSignature.header(secret, Instant.now().getEpochSecond(), body));
        return client.request(options)
                .flatMap(request -> request.send(body)
                        .flatMap(response -> excerpt(response).map(text -> {
                            int status = response.statusCode();
                            boolean ok = status >= 200 && status < 300;
                            return new Result(
                                    status, ok, ok ? null : "answered HTTP " + status, text, elapsed(started));
                        }))
                        .eventually(() -> reset(request)));
    }

    /** The first bytes of the answer, as text of at most {@code excerptChars} characters; the rest is not read. */
    private Uni<String> excerpt(HttpClientResponse response) {
        int limit = excerptChars * 4;
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        return response.toMulti()
                .select()
                .first(buffer -> read.size() < limit)
                .onItem()
                .invoke(buffer -> {
                    byte[] bytes = buffer.getBytes();
                    read.write(bytes, 0, Math.min(bytes.length, limit - read.size()));
                })
                .collect()
                .last()
                .map(ignored -> clip(read.toString(StandardCharsets.UTF_8)));
    }

    private String clip(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (printable.isEmpty()) {
            return null;
        }
        return printable.length() <= excerptChars ? printable : printable.substring(0, excerptChars);
    }

    private static void reset(HttpClientRequest request) {
        try {
            request.reset();
        } catch (RuntimeException alreadyOver) {
            // the exchange had ended: nothing to stop
        }
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private String describe(Throwable failure) {
        if (failure instanceof RefusedTarget refused) {
            return "not sent: the URL " + refused.getMessage();
        }
        if (failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout")) {
            return "no answer within " + timeout.toSeconds() + " s";
        }
        if (failure instanceof SSLException || failure.getCause() instanceof SSLException) {
            return "TLS failed: " + abbreviate(failure.getMessage());
        }
        if (failure instanceof ConnectException) {
            return "could not connect: " + abbreviate(failure.getMessage());
        }
        return abbreviate(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 250 ? text : text.substring(0, 250) + "…";
    }

    private static int elapsed(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    @PreDestroy
    void close() {
        client.closeAndForget();
    }

    /** The URL failed its check before an attempt. */
    static final class RefusedTarget extends RuntimeException {
        RefusedTarget(String reason) {
            super(reason, null, false, false);
        }
    }
}
