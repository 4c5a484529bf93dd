package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a provider failure into a 502/504 problem. The provider's own message is never passed on: some echo part of
 * the API key ("Incorrect API key provided: sk-...").
 */
public final class ProviderErrors {

    public static UpstreamException map(Throwable failure, String provider, boolean ownKey) {
        if (failure instanceof UpstreamException upstream) {
            return upstream;
        }
        Integer status = null;
        boolean timeout = false;
        boolean rateLimited = false;
        boolean auth = false;
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof HttpException http && status == null) {
                status = http.statusCode();
            }
            timeout |= e instanceof dev.langchain4j.exception.TimeoutException
                    || e instanceof HttpTimeoutException
                    || e instanceof SocketTimeoutException
                    || e instanceof TimeoutException;
            rateLimited |= e instanceof RateLimitException;
            auth |= e instanceof AuthenticationException;
        }
        String name = displayName(provider);
        if (timeout) {
            return new UpstreamException("ai-provider-timeout", name + " did not answer in time; try again.", true);
        }
        if (rateLimited || (status != null && status == 429)) {
            return new UpstreamException(
                    "ai-provider-rate-limited", name + " is rate-limiting requests; wait a moment and try again.");
        }
        if (auth || (status != null && (status == 401 || status == 403))) {
            return new UpstreamException(
                    "ai-provider-key-refused",
                    ownKey
                            ? name + " refused your API key; check it under AI keys."
                            : name + " refused the platform's API key; choose another model.");
        }
        if (status != null && status >= 400 && status < 500) {
            return new UpstreamException("ai-provider-rejected", name + " refused the request (HTTP " + status + ").");
        }
        return new UpstreamException("ai-provider-error", name + " failed to answer; try again.");
    }

    static String displayName(String provider) {
        return switch (provider) {
            case ModelCatalog.OPENAI -> "OpenAI";
            case ModelCatalog.ANTHROPIC -> "Anthropic";
            case ModelCatalog.OPENAI_COMPATIBLE -> "The self-hosted model server";
            default -> "The AI provider";
        };
    }

    private ProviderErrors() {}
}
