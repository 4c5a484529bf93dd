package ai.smartsuccess.skillslab.scoring.config;

import ai.smartsuccess.skillslab.scoring.messaging.AssessmentLifecycleEventDeserializer;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: the Kafka deserializer named by class
 * in application.properties. The event records are registered by the platform module.
 */
@RegisterForReflection(targets = {AssessmentLifecycleEventDeserializer.class})
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}
