package ai.smartsuccess.skillslab.assessment.config;

import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.CandidateDocument;
import ai.smartsuccess.skillslab.assessment.model.InvitationStatus;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.assessment.model.SubmissionDocument;
import ai.smartsuccess.skillslab.assessment.model.TaskSnapshotDocument;
import ai.smartsuccess.skillslab.assessment.rest.AiResource;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: the JSON column types, the status
 * enums (written by their JSON name where a problem answer names one), and the chat request the streaming route reads
 * with its own mapper. The event records and their Kafka deserializer are registered by the platform module;
 * langchain4j's OpenAI and Anthropic clients ship
 * their own native-image configuration in their jars, but their HTTP client is found through ServiceLoader: its
 * provider is registered here, its services file is a native resource in application.properties.
 */
@RegisterForReflection(
        targets = {
            CandidateDocument.class,
            TaskSnapshotDocument.class,
            SubmissionDocument.class,
            ScoreReportDocument.class,
            AiResource.Request.class,
            AssessmentStatus.class,
            InvitationStatus.class
        },
        classNames = {"dev.langchain4j.http.client.jdk.JdkHttpClientBuilderFactory"})
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}
