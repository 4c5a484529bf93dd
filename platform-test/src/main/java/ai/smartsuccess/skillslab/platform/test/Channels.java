package ai.smartsuccess.skillslab.platform.test;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import java.time.Duration;
import java.util.List;

/** The incoming Kafka channels of the service under test (in a {@code @QuarkusTest}). */
public final class Channels {

    private Channels() {}

    /**
     * Waits until each channel's consumer owns partitions: a channel that starts at the end of its topic sees only what
     * is published after that, so a test publishes once this returns.
     */
    public static void awaitAssigned(String... channels) {
        awaitAssigned(Arc.container().instance(KafkaClientService.class).get(), List.of(channels));
    }

    /** As {@link #awaitAssigned(String...)}, with the service's Kafka clients at hand. */
    public static void awaitAssigned(KafkaClientService clients, List<String> channels) {
        for (String channel : channels) {
            await("partitions assigned to " + channel)
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> !clients.getConsumer(channel)
                            .getAssignments()
                            .await()
                            .atMost(Duration.ofSeconds(5))
                            .isEmpty());
        }
    }
}
