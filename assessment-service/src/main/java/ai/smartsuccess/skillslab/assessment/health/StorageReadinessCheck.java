package ai.smartsuccess.skillslab.assessment.health;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.platform.health.ObjectStorageReadinessCheck;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;
import software.amazon.awssdk.services.s3.S3Client;

/** Ready when the tracking bucket answers: without it no session could be submitted. */
@Readiness
@Singleton
public class StorageReadinessCheck extends ObjectStorageReadinessCheck {

    StorageReadinessCheck(S3Client s3, AssessmentConfig config) {
        super(s3, config.tracking().bucket());
    }
}
