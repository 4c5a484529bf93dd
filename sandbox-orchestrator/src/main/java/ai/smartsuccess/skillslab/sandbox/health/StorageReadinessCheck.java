package ai.smartsuccess.skillslab.sandbox.health;

import ai.smartsuccess.skillslab.platform.health.ObjectStorageReadinessCheck;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;
import software.amazon.awssdk.services.s3.S3Client;

/** Ready when the submissions bucket answers. */
@Readiness
@Singleton
public class StorageReadinessCheck extends ObjectStorageReadinessCheck {

    StorageReadinessCheck(S3Client s3, SandboxConfig config) {
        super(s3, config.storage().submissionsBucket());
    }
}
