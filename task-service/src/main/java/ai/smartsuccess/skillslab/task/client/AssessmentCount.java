package ai.smartsuccess.skillslab.task.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Fields assessment-service may add later are ignored, so that its additions never break this service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentCount(Long count) {}
