package ai.smartsuccess.skillslab.scoring.config;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: langchain4j's HTTP client, which the
 * judge's model builders find through ServiceLoader (its services file is a native resource in application.properties).
 * The event records and the Kafka event deserializer are registered by the platform module.
 */
@RegisterForReflection(classNames = {"dev.langchain4j.http.client.jdk.JdkHttpClientBuilderFactory"})
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}
