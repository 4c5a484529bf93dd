package ai.smartsuccess.skillslab.scoring.config;

import ai.smartsuccess.skillslab.scoring.messaging.AssessmentLifecycleEventDeserializer;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: the Kafka deserializer named by class
 * in application.properties, and langchain4j's HTTP client, which the judge's model builders find through ServiceLoader
 * (its services file is a native resource in application.properties). The event records are registered by the
 * platform module.
 */
@RegisterForReflection(
        targets = {AssessmentLifecycleEventDeserializer.class},
        classNames = {"dev.langchain4j.http.client.jdk.JdkHttpClientBuilderFactory"})
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}
