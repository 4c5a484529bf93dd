-- Invitations: a business invites a candidate, by email, to take one of its tasks. The access link carries a random
-- token; only its SHA-256 is stored. Accepting creates the candidate's assessment and links both ways.
-- Also: the columns that track the erasure of a deleted account's personal data.

CREATE TABLE invitations (
    id                  UUID PRIMARY KEY,
    task_id             UUID NOT NULL,
    -- OIDC subject of the business user who sent it (the task's creator), and how the email introduced them.
    sender_id           VARCHAR(255) NOT NULL,
    sender_name         VARCHAR(255),
    company_name        VARCHAR(255),
    -- The task as it was when the invitation was sent, for the public landing page (no call to task-service).
    task_title          VARCHAR(255) NOT NULL,
    task_type           VARCHAR(32),
    difficulty          VARCHAR(32),
    time_limit_minutes  INTEGER,
    -- As typed by the sender; matched case-insensitively. Replaced by a hash when the recipient deletes their account.
    recipient_email     VARCHAR(320) NOT NULL,
    recipient_name      VARCHAR(200),
    message             TEXT,
    status              VARCHAR(16) NOT NULL DEFAULT 'sent'
                        CHECK (status IN ('sent', 'accepted', 'completed', 'expired', 'cancelled')),
    -- Hex SHA-256 of the access token (32 random bytes, URL-safe base64); the token itself exists only in the link.
    token_hash          CHAR(64) NOT NULL UNIQUE,
    sent_at             TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL,
    accepted_at         TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    cancelled_at        TIMESTAMPTZ,
    -- Who accepted it (OIDC subject) and the assessment it led to.
    recipient_user_id   VARCHAR(255),
    assessment_id       UUID,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status NOT IN ('accepted', 'completed') OR (recipient_user_id IS NOT NULL AND assessment_id IS NOT NULL))
);
CREATE INDEX idx_invitations_sender ON invitations (sender_id, sent_at DESC);
CREATE INDEX idx_invitations_task ON invitations (task_id);
CREATE INDEX idx_invitations_recipient_email ON invitations (lower(recipient_email));
CREATE INDEX idx_invitations_recipient_user ON invitations (recipient_user_id);
CREATE INDEX idx_invitations_assessment ON invitations (assessment_id);
CREATE INDEX idx_invitations_open_expiry ON invitations (expires_at) WHERE status = 'sent';

ALTER TABLE assessments
    ADD CONSTRAINT fk_assessments_invitation FOREIGN KEY (invitation_id) REFERENCES invitations (id);

-- Set when the candidate deleted their account (their name, email, notes and chat text are already gone then);
-- personal_data_erased_at once the sandbox is destroyed and the tracking objects in S3 are redacted too.
ALTER TABLE assessments ADD COLUMN erasure_requested_at TIMESTAMPTZ;
ALTER TABLE assessments ADD COLUMN personal_data_erased_at TIMESTAMPTZ;
CREATE INDEX idx_assessments_erasure_pending ON assessments (erasure_requested_at)
    WHERE erasure_requested_at IS NOT NULL AND personal_data_erased_at IS NULL;
