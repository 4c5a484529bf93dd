package ai.smartsuccess.skillslab.assessment.storage;

import ai.smartsuccess.skillslab.assessment.config.ReportConfig;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The evidence reports' objects: rendered PDFs in the {@code reports} bucket, under {@code assessments/{id}/}, and
 * the starter files of a submission (which the sandbox wrote), read to diff the first change of each file against.
 * The S3 client blocks, so its calls run on the worker pool and hand their result back on the caller's context.
 */
@ApplicationScoped
public class ReportObjectStorage {

    private final S3Client s3;
    private final String bucket;

    ReportObjectStorage(S3Client s3, ReportConfig config) {
        this.s3 = s3;
        this.bucket = config.bucket();
    }

    public String bucket() {
        return bucket;
    }

    /** Where an assessment's PDFs are kept. */
    public static String prefix(UUID assessmentId) {
        return "assessments/" + assessmentId + "/";
    }

    /** The object's bytes, or empty when there is none. */
    public Uni<Optional<byte[]>> find(String key) {
        return OnContext.blocking(() -> {
            try {
                return Optional.of(
                        s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    public Uni<Void> put(String key, byte[] pdf) {
        return OnContext.blocking(() -> s3.putObject(
                        r -> r.bucket(bucket).key(key).contentType("application/pdf"), RequestBody.fromBytes(pdf)))
                .replaceWithVoid();
    }

    /** Deletes the assessment's objects other than {@code keep} (null: all of them); answers how many it deleted. */
    public Uni<Integer> deleteOthers(UUID assessmentId, String keep) {
        return OnContext.blocking(() -> {
            List<String> stale =
                    s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix(assessmentId))).contents().stream()
                            .map(S3Object::key)
                            .filter(key -> !key.equals(keep))
                            .toList();
            stale.forEach(key -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
            return stale.size();
        });
    }

    /**
     * The bytes of a submission's object (its starter or final files), at most {@code maxBytes}; empty when it is
     * missing or larger.
     */
    public Uni<Optional<byte[]>> submissionObject(ObjectRef ref, long maxBytes) {
        return OnContext.blocking(() -> {
            try (ResponseInputStream<GetObjectResponse> in =
                    s3.getObject(r -> r.bucket(ref.bucket()).key(ref.key()))) {
                Long length = in.response().contentLength();
                if (length != null && length > maxBytes) {
                    return Optional.empty();
                }
                return Optional.of(readAtMost(in, maxBytes));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new IOException("larger than " + maxBytes + " bytes");
        }
        return bytes;
    }
}
