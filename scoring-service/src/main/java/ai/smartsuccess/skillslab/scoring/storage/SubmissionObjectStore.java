package ai.smartsuccess.skillslab.scoring.storage;

import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.scoring.config.ScoringConfig;
import ai.smartsuccess.skillslab.scoring.service.TransientScoringException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads the objects an AssessmentSubmitted points at (tracking NDJSON, final and starter files). The S3 client blocks:
 * callers run it on a worker thread.
 */
@ApplicationScoped
public class SubmissionObjectStore {

    private final S3Client s3;
    private final ScoringConfig config;

    SubmissionObjectStore(S3Client s3, ScoringConfig config) {
        this.s3 = s3;
        this.config = config;
    }

    /**
     * The object's bytes, or empty when it does not exist (a missing object is missing data, not an outage). One
     * request: the size limit is checked on the answer's length before its body is read.
     *
     * @throws TransientScoringException when storage cannot be reached, so that the caller retries
     * @throws ObjectTooLargeException when the object exceeds the configured limit
     */
    public Optional<byte[]> read(ObjectRef ref) {
        long limit = config.storage().maxObjectBytes();
        try (ResponseInputStream<GetObjectResponse> in =
                s3.getObject(r -> r.bucket(ref.bucket()).key(ref.key()))) {
            Long size = in.response().contentLength();
            if (size != null && size > limit) {
                in.abort();
                throw new ObjectTooLargeException(ref, size);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                in.abort();
                throw new ObjectTooLargeException(ref, bytes.length);
            }
            return Optional.of(bytes);
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new TransientScoringException("object storage answered " + e.statusCode(), e);
        } catch (SdkClientException e) {
            throw new TransientScoringException("object storage is unreachable", e);
        } catch (SdkException e) {
            throw new TransientScoringException("object storage failed", e);
        } catch (IOException e) {
            throw new TransientScoringException("object storage broke off a read", e);
        }
    }

    /** An object too large to score from; reported as missing data. */
    public static class ObjectTooLargeException extends RuntimeException {
        public ObjectTooLargeException(ObjectRef ref, long size) {
            super("object " + ref.bucket() + "/" + ref.key() + " has " + size + " bytes, more than scoring reads");
        }
    }
}
