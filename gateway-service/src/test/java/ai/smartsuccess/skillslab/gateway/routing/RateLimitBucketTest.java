package ai.smartsuccess.skillslab.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitBucketTest {

    @Test
    void the_workspace_budget_covers_file_saves_runs_and_stopping_a_run() {
        assertThat(RateLimitBucket.of("/api/assessments/a1/files/src/main.py")).isEqualTo(RateLimitBucket.WORKSPACE);
        assertThat(RateLimitBucket.of("/api/assessments/a1/run")).isEqualTo(RateLimitBucket.WORKSPACE);
        assertThat(RateLimitBucket.of("/api/assessments/a1/run/stop")).isEqualTo(RateLimitBucket.WORKSPACE);
        assertThat(RateLimitBucket.of("/api/assessments/a1/run/other")).isEqualTo(RateLimitBucket.GENERAL);
    }

    @Test
    void tracking_is_bounded_by_its_owner_and_ai_has_its_own_budget() {
        assertThat(RateLimitBucket.of("/api/assessments/a1/track")).isEqualTo(RateLimitBucket.UNLIMITED);
        assertThat(RateLimitBucket.of("/api/ai/chat")).isEqualTo(RateLimitBucket.AI);
        assertThat(RateLimitBucket.of("/api/ai/budget")).isEqualTo(RateLimitBucket.GENERAL);
        assertThat(RateLimitBucket.of("/api/assessments/a1")).isEqualTo(RateLimitBucket.GENERAL);
    }
}
