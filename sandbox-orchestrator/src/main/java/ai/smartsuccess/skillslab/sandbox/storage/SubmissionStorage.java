package ai.smartsuccess.skillslab.sandbox.storage;

import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Workspace snapshots in the {@code submissions} bucket, under {@code <assessmentId>/}. Blocking: callers are on worker
 * threads already (they handle sandboxes too).
 */
@ApplicationScoped
public class SubmissionStorage {

    public static final String STARTER_FILES = "starter-files.json";
    public static final String FINAL_FILES = "final-files.json";
    /** The latest periodic snapshot of a live workspace; final-files.json supersedes it. */
    public static final String LIVE_SNAPSHOT = "workspace-snapshot.json";

    private final S3Client s3;
    private final String bucket;

    SubmissionStorage(S3Client s3, SandboxConfig config) {
        this.s3 = s3;
        this.bucket = config.storage().submissionsBucket();
    }

    public ObjectRef ref(UUID assessmentId, String name) {
        return new ObjectRef(bucket, assessmentId + "/" + name);
    }

    public ObjectRef putJson(UUID assessmentId, String name, byte[] json) {
        ObjectRef ref = ref(assessmentId, name);
        s3.putObject(r -> r.bucket(bucket).key(ref.key()).contentType("application/json"), RequestBody.fromBytes(json));
        return ref;
    }

    /** Deletes every object of the assessment (its {@code <assessmentId>/} prefix); answers how many went. */
    public int deleteAll(UUID assessmentId) {
        String prefix = assessmentId + "/";
        int deleted = 0;
        String token = null;
        do {
            String continuation = token;
            ListObjectsV2Response page =
                    s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix).continuationToken(continuation));
            for (S3Object object : page.contents()) {
                // One by one: S3Proxy's filesystem backend and every S3-compatible store support single deletes.
                s3.deleteObject(r -> r.bucket(bucket).key(object.key()));
                deleted++;
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        return deleted;
    }

    public byte[] get(ObjectRef ref) {
        return s3.getObjectAsBytes(r -> r.bucket(ref.bucket()).key(ref.key())).asByteArray();
    }
}
