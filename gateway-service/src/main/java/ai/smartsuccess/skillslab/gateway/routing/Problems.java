package ai.smartsuccess.skillslab.gateway.routing;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 answers the gateway writes itself, outside the REST layer. */
final class Problems {

    static final String TYPE_BASE = "https://skillslab.dev/problems/";

    static JsonObject body(int status, String type, String title, String detail) {
        return new JsonObject()
                .put("type", TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
    }

    static void send(HttpServerResponse response, int status, String type, String title, String detail) {
        if (response.headWritten()) {
            response.close();
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(body(status, type, title, detail).encode());
    }

    private Problems() {}
}
