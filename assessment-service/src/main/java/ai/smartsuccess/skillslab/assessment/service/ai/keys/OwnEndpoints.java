package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A candidate's own OpenAI-compatible server (Ollama, vLLM): the service calls the URL they typed, so that URL is
 * checked before it is stored and again before every call. Only https to a host that resolves to public addresses only,
 * unless the operator allow-lists the host ({@code skillslab.ai.own-base-url.allowed-hosts}); redirects are never
 * followed; the model discovery has short timeouts and a size cap. The URL is never logged, the key never.
 */
@ApplicationScoped
public class OwnEndpoints {

    static final String FIELD = "baseUrl";
    private static final int MAX_URL_LENGTH = 2048;
    /** With the id's prefix, a model name fits the 100 characters a chat message records of its model. */
    static final Pattern MODEL_NAME = Pattern.compile("[\\x21-\\x7e]{1,80}");

    private final Set<String> allowedHosts;
    private final AssessmentConfig.OwnBaseUrl config;
    private final ObjectMapper json;
    private final HttpClient http;

    @Inject
    OwnEndpoints(AssessmentConfig config, ObjectMapper json) {
        this(config.ai().ownBaseUrl(), json);
    }

    OwnEndpoints(AssessmentConfig.OwnBaseUrl config, ObjectMapper json) {
        this.config = config;
        this.allowedHosts = this.config.allowedHosts().orElse(List.of()).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.json = json;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(this.config.connectTimeout())
                .build();
    }

    /** The URL's shape only, without the network: absolute http(s), a host, no credentials, query or fragment. */
    public static URI parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(FIELD, "is required for your own server, e.g. https://llm.example.com/v1");
        }
        if (raw.length() > MAX_URL_LENGTH) {
            throw new InvalidInputException(FIELD, "must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException(FIELD, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidInputException(FIELD, "must be an http or https URL, e.g. https://llm.example.com/v1");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException(FIELD, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(FIELD, "must not carry a user name or password: put the key in apiKey");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException(FIELD, "must not have a query or a fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /**
     * Whether the service may call this URL now: its shape, then (unless the host is allow-listed) https and every
     * address the host resolves to. Blocking: resolves the host.
     */
    public URI check(String raw) {
        URI uri = parse(raw);
        String host = hostOf(uri);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        if (!"https".equals(uri.getScheme())) {
            throw new InvalidInputException(
                    FIELD, "must use https (plain http is accepted only for hosts the operator allows)");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new InvalidInputException(FIELD, "names a host that cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw new InvalidInputException(
                        FIELD,
                        "points at a private, loopback or link-local address, which this platform does not call"
                                + " (an operator can allow the host)");
            }
        }
        return uri;
    }

    /** Loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local IPv6, multicast, unspecified. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254);
        }
        return (b[0] & 0xfe) == 0xfc;
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * The models the server lists at {@code GET {base}/models} (OpenAI's {@code {"data":[{"id":...}]}}). Blocking.
     *
     * @throws DiscoveryFailed with a message fit for the candidate, never naming the key
     */
    public List<String> discover(URI base, String apiKey) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/models"))
                .timeout(config.discoveryTimeout())
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DiscoveryFailed(false, "Your server could not be reached: " + reason(e) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryFailed(false, "The check was interrupted.");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                throw new DiscoveryFailed(true, "Your server refused the key (HTTP " + status + ").");
            }
            if (status >= 300 && status < 400) {
                throw new DiscoveryFailed(
                        false,
                        "Your server answered with a redirect (HTTP " + status
                                + "), which is not followed: use the URL it redirects to.");
            }
            if (status != 200) {
                throw new DiscoveryFailed(false, "Your server answered HTTP " + status + " to GET /models.");
            }
            byte[] bytes = body.readNBytes(config.maxDiscoveryBytes() + 1);
            if (bytes.length > config.maxDiscoveryBytes()) {
                throw new DiscoveryFailed(
                        false, "Your server's model list is longer than " + config.maxDiscoveryBytes() + " bytes.");
            }
            return modelNames(json.readTree(bytes));
        } catch (IOException e) {
            throw new DiscoveryFailed(false, "Your server's model list could not be read: " + reason(e) + ".");
        }
    }

    private List<String> modelNames(JsonNode answer) {
        JsonNode data = answer.path("data");
        if (!data.isArray()) {
            throw new DiscoveryFailed(false, "Your server's answer to GET /models has no \"data\" list.");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode entry : data) {
            String id = entry.path("id").asText("");
            if (MODEL_NAME.matcher(id).matches() && !names.contains(id) && names.size() < config.maxModels()) {
                names.add(id);
            }
        }
        return names;
    }

    private static String reason(Exception e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getClass().getSimpleName();
    }

    /** The model list could not be had; {@code keyRefused} when the server said the key is wrong. */
    public static final class DiscoveryFailed extends RuntimeException {

        private final boolean keyRefused;

        DiscoveryFailed(boolean keyRefused, String message) {
            super(message, null, false, false);
            this.keyRefused = keyRefused;
        }

        public boolean keyRefused() {
            return keyRefused;
        }
    }
}
