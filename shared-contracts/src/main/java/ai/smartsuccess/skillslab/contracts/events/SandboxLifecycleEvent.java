package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@code sandbox-lifecycle}, keyed by assessment id. */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "type",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = SandboxReady.class, name = SandboxReady.TYPE),
    @JsonSubTypes.Type(value = SandboxTerminated.class, name = SandboxTerminated.TYPE)
})
public sealed interface SandboxLifecycleEvent extends DomainEvent permits SandboxReady, SandboxTerminated {

    java.util.UUID assessmentId();
}
