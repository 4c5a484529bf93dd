package ai.smartsuccess.skillslab.platform.health;

import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Readiness {@value #NAME}: up when every bucket the service cannot work without answers a HEAD within
 * {@link Probes#BOUND}, down with the error's class name if one does not. The S3 client blocks, so the requests run on
 * the worker pool.
 *
 * <p>Not a bean (a service without S3 never loads it): a service declares its check as a {@code @Readiness @Singleton}
 * subclass that names its buckets, for example
 *
 * <pre>
 * &#64;Readiness
 * &#64;Singleton
 * public class StorageReadinessCheck extends ObjectStorageReadinessCheck {
 *     StorageReadinessCheck(S3Client s3, TaskConfig config) {
 *         super(s3, config.storage().bucket());
 *     }
 * }
 * </pre>
 */
public abstract class ObjectStorageReadinessCheck implements AsyncHealthCheck {

    /** The check's name in {@code /q/health/ready}. */
    public static final String NAME = "object-storage";

    private final S3Client s3;
    private final List<String> buckets;

    protected ObjectStorageReadinessCheck(S3Client s3, String... buckets) {
        if (buckets.length == 0) {
            throw new IllegalArgumentException("a storage readiness check needs at least one bucket");
        }
        this.s3 = s3;
        this.buckets = List.of(buckets);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Probes.bounded(NAME, OnContext.blocking(this::headAll), this::whenAnswered);
    }

    /**
     * The status once every bucket answered: up. A service whose storage must also hold something to be of use (files
     * seeded at start, say) decides here, on the builder already named.
     */
    protected HealthCheckResponseBuilder whenAnswered(HealthCheckResponseBuilder answered) {
        return answered.up();
    }

    private Void headAll() {
        for (String bucket : buckets) {
            s3.headBucket(request -> request.bucket(bucket));
        }
        return null;
    }
}
