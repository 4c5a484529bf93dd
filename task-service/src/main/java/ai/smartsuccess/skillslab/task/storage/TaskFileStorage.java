package ai.smartsuccess.skillslab.task.storage;

import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.task.config.TaskConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The bytes of task files, in the {@code task-files} bucket. The S3 client blocks, so its calls run on the worker pool
 * and never on the event loop.
 */
@ApplicationScoped
public class TaskFileStorage {

    private final S3Client s3;
    private final String bucket;

    TaskFileStorage(S3Client s3, TaskConfig config) {
        this.s3 = s3;
        this.bucket = config.storage().taskFilesBucket();
    }

    public Uni<Void> put(String key, byte[] content, String contentType) {
        return OnContext.blocking(() -> s3.putObject(
                        r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content)))
                .replaceWithVoid();
    }

    public Uni<byte[]> get(String key) {
        return OnContext.blocking(
                () -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
    }

    public Uni<Void> copy(String fromKey, String toKey) {
        return OnContext.blocking(() -> s3.copyObject(r -> r.sourceBucket(bucket)
                        .sourceKey(fromKey)
                        .destinationBucket(bucket)
                        .destinationKey(toKey)))
                .replaceWithVoid();
    }

    /** The bytes of an upload that the HTTP layer buffered to a temporary file. */
    public Uni<byte[]> readUpload(Path uploaded) {
        return OnContext.blocking(() -> {
            try {
                return Files.readAllBytes(uploaded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Uni<Void> delete(String key) {
        return OnContext.blocking(() -> s3.deleteObject(r -> r.bucket(bucket).key(key)))
                .replaceWithVoid();
    }
}
