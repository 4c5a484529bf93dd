-- Who may see a private task besides its creator: candidates whose invitation to it was accepted. Filled from the
-- InvitationAccepted events of assessment-service (topic `invitations`); one row per invitation, so a redelivered event
-- changes nothing. Keyed by the recipient's OIDC subject, never by e-mail (e-mail matching was case-sensitive and
-- spoofable in the original design).
CREATE TABLE task_access_grants (
    invitation_id     UUID PRIMARY KEY,
    task_id           UUID NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    recipient_user_id VARCHAR(255) NOT NULL,
    sender_id         VARCHAR(255) NOT NULL,
    assessment_id     UUID,
    event_id          UUID NOT NULL,
    accepted_at       TIMESTAMPTZ NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_task_access_grants_recipient ON task_access_grants (recipient_user_id, task_id);
CREATE INDEX idx_task_access_grants_task ON task_access_grants (task_id);
