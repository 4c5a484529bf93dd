package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A retention period of zero keeps that data for ever. */
@QuarkusTest
@TestProfile(RetentionKeepsForEverTest.KeepForEver.class)
class RetentionKeepsForEverTest {

    public static class KeepForEver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "skillslab.retention.tracking-detail", "P0D",
                    "skillslab.retention.code-and-chat", "P0D",
                    "skillslab.retention.scores", "P0D");
        }
    }

    @Inject
    RetentionService retention;

    @Test
    void nothing_is_removed_whatever_its_age() throws Throwable {
        RetentionFixtures ancient = RetentionFixtures.endedMonthsAgo(120);

        VertxContextSupport.subscribeAndAwait(() -> retention.sweep());

        assertThat(ancient.exists()).isTrue();
        assertThat(ancient.scores()).isEqualTo(1);
        assertThat(ancient.trackingRows()).isEqualTo(1);
        assertThat(ancient.trackingObjectStored()).isTrue();
        assertThat(ancient.chatMessages()).isEqualTo(1);
        assertThat(ancient.notes()).isEqualTo("what the candidate noted");
    }
}
