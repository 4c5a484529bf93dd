package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@code assessment-lifecycle}, keyed by assessment id. */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "type",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = AssessmentStarted.class, name = AssessmentStarted.TYPE),
    @JsonSubTypes.Type(value = AssessmentSubmitted.class, name = AssessmentSubmitted.TYPE),
    @JsonSubTypes.Type(value = AssessmentExpired.class, name = AssessmentExpired.TYPE)
})
public sealed interface AssessmentLifecycleEvent extends DomainEvent
        permits AssessmentStarted, AssessmentSubmitted, AssessmentExpired {}
