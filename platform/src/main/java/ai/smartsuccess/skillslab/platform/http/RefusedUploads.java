package ai.smartsuccess.skillslab.platform.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;

/**
 * A request refused while its body is still arriving (no token, too large): the answer goes out with
 * {@code Connection: close}, then what the client still sends is read and dropped, never kept, for a short while
 * before the connection closes. Closed at once, the client's network stack could throw away the answer it has not
 * read yet when the reset arrives; read to its end, a 50 MB upload would cost the whole transfer.
 */
public final class RefusedUploads {

    /** How long, and how much of, the rest of a refused upload is read and dropped. */
    static final long DISCARD_MILLIS = 2000;

    static final long DISCARD_BYTES = 256 * 1024;

    /** Call before the refusal is written: once it is sent, the rest of the body is dropped and the connection closed. */
    public static void closeAfterAnswer(Vertx vertx, HttpServerRequest request) {
        HttpServerResponse response = request.response();
        if (request.isEnded() || request.version() == HttpVersion.HTTP_2 || response.headWritten()) {
            return;
        }
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(ignored -> discardThenClose(vertx, request));
    }

    private static void discardThenClose(Vertx vertx, HttpServerRequest request) {
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer =
                vertx.setTimer(DISCARD_MILLIS, ignored -> request.connection().close());
        long[] dropped = {0};
        request.exceptionHandler(ignored -> {});
        request.endHandler(ignored -> {
            vertx.cancelTimer(timer);
            request.connection().close();
        });
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > DISCARD_BYTES) {
                vertx.cancelTimer(timer);
                request.connection().close();
            }
        });
        request.resume();
    }

    private RefusedUploads() {}
}
