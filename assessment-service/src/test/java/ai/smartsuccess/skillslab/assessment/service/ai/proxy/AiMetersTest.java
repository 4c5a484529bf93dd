package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.Usage;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AiMetersTest {

    private static final ModelDefinition GPT = new ModelDefinition("gpt-4o", "GPT-4o", "openai", 4096, "gpt-4o");
    private static final ModelDefinition CLAUDE =
            new ModelDefinition("claude", "Claude", "anthropic", 4096, "claude-sonnet");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AiMeters meters = new AiMeters(registry);

    @Test
    void answersCountTokensByProviderModelAndDirectionAndTimeTheCall() {
        meters.answered(GPT, new Usage(120, 30, 150), 800);
        meters.answered(GPT, new Usage(80, 20, 100), 400);
        meters.answered(CLAUDE, new Usage(10, 5, 15), 100);

        assertEquals(200, tokens("openai", "gpt-4o", "input"));
        assertEquals(50, tokens("openai", "gpt-4o", "output"));
        assertEquals(10, tokens("anthropic", "claude", "input"));
        var latency = registry.get(AiMeters.LATENCY)
                .tags("provider", "openai", "outcome", "answered")
                .timer();
        assertEquals(2, latency.count());
        assertEquals(1200, latency.totalTime(TimeUnit.MILLISECONDS), 0.5);
    }

    @Test
    void failuresCountByProviderAndReasonAndCountNoTokens() {
        meters.failed(GPT, "ai-provider-timeout", 30_000);
        meters.failed(GPT, "ai-provider-timeout", 30_000);
        meters.failed(CLAUDE, null, 5);

        assertEquals(2, failures("openai", "ai-provider-timeout"));
        assertEquals(1, failures("anthropic", "unknown"));
        assertEquals(
                2,
                registry.get(AiMeters.LATENCY)
                        .tags("provider", "openai", "outcome", "failed")
                        .timer()
                        .count());
        assertNull(registry.find(AiMeters.TOKENS).counter());
    }

    private double tokens(String provider, String model, String direction) {
        return registry.get(AiMeters.TOKENS)
                .tags("provider", provider, "model", model, "direction", direction)
                .counter()
                .count();
    }

    private double failures(String provider, String reason) {
        return registry.get(AiMeters.FAILURES)
                .tags("provider", provider, "reason", reason)
                .counter()
                .count();
    }
}
