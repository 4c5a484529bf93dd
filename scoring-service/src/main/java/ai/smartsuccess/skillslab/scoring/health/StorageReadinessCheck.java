package ai.smartsuccess.skillslab.scoring.health;

import ai.smartsuccess.skillslab.platform.health.ObjectStorageReadinessCheck;
import ai.smartsuccess.skillslab.scoring.config.ScoringConfig;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;
import software.amazon.awssdk.services.s3.S3Client;

/** Ready when the buckets that submissions point at answer (the database and Kafka have their own checks). */
@Readiness
@Singleton
public class StorageReadinessCheck extends ObjectStorageReadinessCheck {

    StorageReadinessCheck(S3Client s3, ScoringConfig config) {
        super(s3, config.storage().trackingBucket(), config.storage().submissionsBucket());
    }
}
