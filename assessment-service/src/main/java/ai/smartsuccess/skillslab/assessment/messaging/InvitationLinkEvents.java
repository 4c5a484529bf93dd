package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import java.util.Set;

/**
 * The invitation events whose email carries the access link. Their outbox rows never hold it (a table row is a copy
 * of a working link in every backup); the relay puts the link in as it publishes, from the invitation's token, which is
 * kept only sealed.
 */
final class InvitationLinkEvents {

    static final String LINK_FIELD = "accessUrl";

    private static final Set<String> CARRIES_LINK =
            Set.of(InvitationCreated.TYPE, InvitationResent.TYPE, InvitationExpiringSoon.TYPE);

    static boolean carriesLink(String eventType) {
        return CARRIES_LINK.contains(eventType);
    }

    private InvitationLinkEvents() {}
}
