package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@code sandbox-activity}, keyed by assessment id. */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "type",
        visible = true)
@JsonSubTypes({@JsonSubTypes.Type(value = SandboxActivity.class, name = SandboxActivity.TYPE)})
public sealed interface SandboxActivityEvent extends DomainEvent permits SandboxActivity {

    java.util.UUID assessmentId();
}
