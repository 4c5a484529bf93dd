-- The reminder before an invitation expires (InvitationExpiringSoon): when it was published, null until then. The
-- reminder job takes due rows with FOR UPDATE SKIP LOCKED and sets this column in the same transaction as the event's
-- outbox row, so each invitation is reminded once however many instances scan.
ALTER TABLE invitations ADD COLUMN reminder_sent_at TIMESTAMPTZ;
CREATE INDEX idx_invitations_reminder_due ON invitations (expires_at)
    WHERE status = 'sent' AND reminder_sent_at IS NULL;
