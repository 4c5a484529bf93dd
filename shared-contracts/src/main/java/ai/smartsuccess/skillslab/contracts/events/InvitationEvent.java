package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@code invitations}, keyed by invitation id. */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "type",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = InvitationCreated.class, name = InvitationCreated.TYPE),
    @JsonSubTypes.Type(value = InvitationResent.class, name = InvitationResent.TYPE),
    @JsonSubTypes.Type(value = InvitationExpiringSoon.class, name = InvitationExpiringSoon.TYPE),
    @JsonSubTypes.Type(value = InvitationAccepted.class, name = InvitationAccepted.TYPE),
    @JsonSubTypes.Type(value = InvitationExpired.class, name = InvitationExpired.TYPE)
})
public sealed interface InvitationEvent extends DomainEvent
        permits InvitationCreated, InvitationResent, InvitationExpiringSoon, InvitationAccepted, InvitationExpired {}
