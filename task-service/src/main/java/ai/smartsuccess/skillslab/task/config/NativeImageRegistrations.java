package ai.smartsuccess.skillslab.task.config;

import ai.smartsuccess.skillslab.task.messaging.InvitationEventDeserializer;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: the Kafka deserializer named by class
 * in application.properties, and the JSON column types. The event records are registered by the platform module.
 */
@RegisterForReflection(
        targets = {
            InvitationEventDeserializer.class,
            EvaluationConfigDocument.class,
            EvaluationConfigDocument.LevelBand.class,
            EvaluationConfigDocument.CustomCategory.class,
            EvaluationConfigDocument.CustomSubitem.class
        })
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}
