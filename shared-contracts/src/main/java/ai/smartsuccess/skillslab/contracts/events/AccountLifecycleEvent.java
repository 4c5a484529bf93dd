package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@code account-lifecycle}, keyed by the user's OIDC subject. */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "type",
        visible = true)
@JsonSubTypes({@JsonSubTypes.Type(value = AccountDeleted.class, name = AccountDeleted.TYPE)})
public sealed interface AccountLifecycleEvent extends DomainEvent permits AccountDeleted {}
