package ai.smartsuccess.skillslab.notification.config;

import ai.smartsuccess.skillslab.notification.messaging.AccountLifecycleDeserializer;
import ai.smartsuccess.skillslab.notification.messaging.AssessmentLifecycleDeserializer;
import ai.smartsuccess.skillslab.notification.messaging.InvitationDeserializer;
import ai.smartsuccess.skillslab.notification.messaging.ScoreResultDeserializer;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: the Kafka deserializers named by
 * class in application.properties. The event records are registered by the platform module; the Qute templates are
 * registered by the Qute extension.
 */
@RegisterForReflection(
        targets = {
            AccountLifecycleDeserializer.class,
            AssessmentLifecycleDeserializer.class,
            InvitationDeserializer.class,
            ScoreResultDeserializer.class
        })
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}
