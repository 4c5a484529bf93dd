package ai.smartsuccess.skillslab.assessment.storage;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * NDJSON objects of tracking events in the {@code tracking} bucket. The S3 client blocks, so its calls run on the worker
 * pool and hand their result back on the caller's Vert.x context.
 */
@ApplicationScoped
public class TrackingObjectStorage {

    private final S3Client s3;
    private final String bucket;

    TrackingObjectStorage(S3Client s3, AssessmentConfig config) {
        this.s3 = s3;
        this.bucket = config.tracking().bucket();
    }

    public String bucket() {
        return bucket;
    }

    /** Object {@code seq} of a session; zero-padded so that a listing sorts in order. */
    public static String key(UUID assessmentId, long seq) {
        return "assessments/%s/events-%06d.ndjson".formatted(assessmentId, seq);
    }

    /**
     * Writing the same key again replaces it with the same bytes: a retried flush is harmless. The client's own retries
     * can all land on pooled connections the server has already closed ("Error writing request body"), so a failed
     * write is tried again a little later, on fresh connections.
     */
    public Uni<Void> put(String key, String ndjson) {
        return put(key, ndjson.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #put(String, String)}; {@code ndjson} is sent as it is, not copied, so it must not change afterwards. */
    public Uni<Void> put(String key, byte[] ndjson) {
        RequestBody body = RequestBody.fromContentProvider(
                ContentStreamProvider.fromByteArrayUnsafe(ndjson), ndjson.length, "application/x-ndjson");
        Supplier<PutObjectResponse> write =
                () -> s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/x-ndjson"), body);
        Uni<PutObjectResponse> onWorker = Uni.createFrom()
                .item(write)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(SdkClientException.class)
                .retry()
                .withBackOff(Duration.ofMillis(200))
                .atMost(2);
        return OnContext.resume(onWorker).replaceWithVoid();
    }

    public Uni<String> get(String key) {
        return OnContext.blocking(
                () -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String());
    }

    /** Deletes the objects; deleting one that is already gone is not an error. Answers how many keys were given. */
    public Uni<Integer> delete(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return OnContext.blocking(() -> {
            keys.forEach(key -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
            return keys.size();
        });
    }
}
