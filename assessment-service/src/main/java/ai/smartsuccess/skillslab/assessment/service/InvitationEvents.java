package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import java.time.Instant;
import java.util.UUID;

/** The events that carry an invitation's email to notification-service, with its link. */
final class InvitationEvents {

    static InvitationCreated created(Invitation i, String link) {
        return new InvitationCreated(
                UUID.randomUUID(),
                InvitationCreated.TYPE,
                InvitationCreated.SCHEMA_VERSION,
                Instant.now(),
                i.id,
                i.taskId,
                i.taskTitle,
                i.senderId,
                i.senderName,
                i.companyName,
                i.recipientEmail,
                i.recipientName,
                i.message,
                link,
                i.expiresAt.toInstant(),
                i.locale);
    }

    static InvitationResent resent(Invitation i, String link) {
        return new InvitationResent(
                UUID.randomUUID(),
                InvitationResent.TYPE,
                InvitationResent.SCHEMA_VERSION,
                Instant.now(),
                i.id,
                i.taskId,
                i.taskTitle,
                i.senderId,
                i.senderName,
                i.companyName,
                i.recipientEmail,
                i.recipientName,
                i.message,
                link,
                i.expiresAt.toInstant(),
                i.locale,
                i.resendCount);
    }

    static InvitationExpiringSoon expiringSoon(Invitation i, String link) {
        return new InvitationExpiringSoon(
                UUID.randomUUID(),
                InvitationExpiringSoon.TYPE,
                InvitationExpiringSoon.SCHEMA_VERSION,
                Instant.now(),
                i.id,
                i.taskId,
                i.taskTitle,
                i.senderId,
                i.senderName,
                i.companyName,
                i.recipientEmail,
                i.recipientName,
                i.message,
                link,
                i.expiresAt.toInstant(),
                i.locale);
    }

    private InvitationEvents() {}
}
