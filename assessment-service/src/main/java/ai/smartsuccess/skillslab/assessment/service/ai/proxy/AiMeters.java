package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.Usage;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * What the AI proxy's provider calls cost and how they went, on {@code /q/metrics}: tokens by provider, model and
 * direction, latency by provider and outcome, failures by provider and reason. Models come from the catalog and
 * reasons are problem kinds, so every tag has a small, fixed set of values. Nothing a candidate wrote is recorded.
 */
@ApplicationScoped
public class AiMeters {

    static final String TOKENS = "skillslab.ai.tokens";
    static final String LATENCY = "skillslab.ai.latency";
    static final String FAILURES = "skillslab.ai.failures";

    private final MeterRegistry registry;

    AiMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The current span (the chat's) names the assessment and the model, never the prompt. */
    static void describeSpan(UUID assessmentId, ModelDefinition model) {
        Span.current()
                .setAttribute("skillslab.assessment.id", String.valueOf(assessmentId))
                .setAttribute("skillslab.ai.model", model.id())
                .setAttribute("skillslab.ai.provider", model.provider());
    }

    /** The provider answered (in one piece or at the end of a stream) with these counts. */
    void answered(ModelDefinition model, Usage usage, long millis) {
        tokens(model, "input").increment(usage.inputTokens());
        tokens(model, "output").increment(usage.outputTokens());
        latency(model, "answered").record(Duration.ofMillis(millis));
    }

    /** The provider call failed or broke off; {@code reason} is the problem kind the candidate was shown. */
    void failed(ModelDefinition model, String reason, long millis) {
        Counter.builder(FAILURES)
                .description("AI provider calls that failed, by provider and reason")
                .tag("provider", model.provider())
                .tag("reason", reason == null ? "unknown" : reason)
                .register(registry)
                .increment();
        latency(model, "failed").record(Duration.ofMillis(millis));
    }

    private Counter tokens(ModelDefinition model, String direction) {
        return Counter.builder(TOKENS)
                .description("Tokens counted by the AI providers, by provider, model and direction (input or output)")
                .tag("provider", model.provider())
                // Own servers' model names are the candidates' own: one label for all, not one series each.
                .tag("model", model.own() ? "own-server" : model.id())
                .tag("direction", direction)
                .register(registry);
    }

    private Timer latency(ModelDefinition model, String outcome) {
        return Timer.builder(LATENCY)
                .description("Time from calling an AI provider to its complete answer or failure")
                .tag("provider", model.provider())
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }
}
