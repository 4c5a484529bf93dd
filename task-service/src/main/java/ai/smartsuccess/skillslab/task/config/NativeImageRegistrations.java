package ai.smartsuccess.skillslab.task.config;

import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: the JSON column types. The event
 * records and their Kafka deserializer are registered by the platform module.
 */
@RegisterForReflection(
        targets = {
            EvaluationConfigDocument.class,
            EvaluationConfigDocument.LevelBand.class,
            EvaluationConfigDocument.CustomCategory.class,
            EvaluationConfigDocument.CustomSubitem.class
        })
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}
