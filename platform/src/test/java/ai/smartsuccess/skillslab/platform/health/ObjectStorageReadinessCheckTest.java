package ai.smartsuccess.skillslab.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

class ObjectStorageReadinessCheckTest {

    /** An S3 endpoint that knows some buckets and records which it was asked about. */
    static final class Buckets implements S3Client {
        final Set<String> existing;
        final List<String> asked = new CopyOnWriteArrayList<>();

        Buckets(String... existing) {
            this.existing = Set.of(existing);
        }

        @Override
        public HeadBucketResponse headBucket(HeadBucketRequest request) {
            asked.add(request.bucket());
            if (!existing.contains(request.bucket())) {
                throw NoSuchBucketException.builder().message(request.bucket()).build();
            }
            return HeadBucketResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {}
    }

    static final class Check extends ObjectStorageReadinessCheck {
        Check(S3Client s3, String... buckets) {
            super(s3, buckets);
        }
    }

    @Test
    void up_when_every_bucket_answers() {
        Buckets s3 = new Buckets("tracking", "submissions");

        HealthCheckResponse response = await(new Check(s3, "tracking", "submissions"));

        assertThat(response.getName()).isEqualTo("object-storage");
        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(s3.asked).containsExactly("tracking", "submissions");
    }

    @Test
    void down_with_the_error_when_one_bucket_is_missing() {
        HealthCheckResponse response = await(new Check(new Buckets("tracking"), "tracking", "submissions"));

        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(response.getData()).contains(Map.of("error", "NoSuchBucketException"));
    }

    @Test
    void a_service_decides_what_an_answer_means() {
        ObjectStorageReadinessCheck notSeeded =
                new ObjectStorageReadinessCheck(new Buckets("task-files"), "task-files") {
                    @Override
                    protected HealthCheckResponseBuilder whenAnswered(HealthCheckResponseBuilder answered) {
                        return answered.down().withData("defaultTaskFiles", "pending");
                    }
                };

        HealthCheckResponse response = await(notSeeded);

        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(response.getData()).contains(Map.of("defaultTaskFiles", "pending"));
    }

    private static HealthCheckResponse await(ObjectStorageReadinessCheck check) {
        return check.call().await().atMost(Duration.ofSeconds(10));
    }
}
