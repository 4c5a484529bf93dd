package ai.smartsuccess.skillslab.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem answers: the standard members first, then the extension members of the error. */
public final class Problems {

    public static final String TYPE_BASE = "https://skillslab.dev/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem's members; extension members never replace the standard ones. */
    public static Map<String, Object> body(
            int status, String type, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (extensions != null) {
            extensions.forEach(body::putIfAbsent);
        }
        return body;
    }

    public static Response response(
            int status,
            String type,
            String title,
            String detail,
            Map<String, Object> extensions,
            Map<String, String> headers) {
        Response.ResponseBuilder response =
                Response.status(status).type(MEDIA_TYPE).entity(body(status, type, title, detail, extensions));
        headers.forEach(response::header);
        return response.build();
    }

    /** The extension member {@code errors}: one entry per field, each naming the field and what is wrong with it. */
    public static Map<String, Object> fieldErrors(List<Map<String, String>> errors) {
        return Map.of("errors", errors);
    }

    public static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private Problems() {}
}
