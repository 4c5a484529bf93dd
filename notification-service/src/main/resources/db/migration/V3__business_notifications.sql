-- Notifications for businesses (in-app, email, webhooks) about the candidates of their own tasks.

-- The task of a submitted assessment and, for a business's own task, its owner: a later score is told to them too.
ALTER TABLE assessment_contacts ADD COLUMN task_id UUID;
ALTER TABLE assessment_contacts ADD COLUMN task_owner_id VARCHAR(255);
ALTER TABLE assessment_contacts ADD COLUMN invitation_id UUID;
CREATE INDEX idx_assessment_contacts_user ON assessment_contacts (user_id);
CREATE INDEX idx_assessment_contacts_owner ON assessment_contacts (task_owner_id) WHERE task_owner_id IS NOT NULL;

-- One event may now cause two emails (the candidate's score and the business's notice): a delivery is unique per event
-- and kind. A business's email names its recipient by user id and the candidate it is about, so erasure finds both.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_event_id_key;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_event_kind_key UNIQUE (event_id, kind);
ALTER TABLE deliveries ADD COLUMN recipient_user_id VARCHAR(255);
ALTER TABLE deliveries ADD COLUMN subject_user_id VARCHAR(255);
CREATE INDEX idx_deliveries_recipient_user ON deliveries (recipient_user_id) WHERE recipient_user_id IS NOT NULL;
CREATE INDEX idx_deliveries_subject_user ON deliveries (subject_user_id) WHERE subject_user_id IS NOT NULL;

-- What the service knows of a person it notifies: the verified email of their access token (learnt when they call this
-- service), the name and company their invitations were sent under.
CREATE TABLE people (
    user_id      VARCHAR(255) PRIMARY KEY,
    email        VARCHAR(320),
    name         VARCHAR(255),
    company_name VARCHAR(255),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Accounts deleted: nothing is learnt about them nor sent to them any more (their id only, no personal data).
CREATE TABLE forgotten_users (
    user_id      VARCHAR(255) PRIMARY KEY,
    forgotten_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Invitations as InvitationCreated announced them, so that their acceptance can name the candidate and the task.
CREATE TABLE invitations (
    invitation_id     UUID PRIMARY KEY,
    sender_id         VARCHAR(255) NOT NULL,
    task_id           UUID,
    task_title        VARCHAR(255),
    recipient_email   VARCHAR(320),
    recipient_name    VARCHAR(255),
    recipient_user_id VARCHAR(255),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_invitations_sender ON invitations (sender_id);
CREATE INDEX idx_invitations_recipient_user ON invitations (recipient_user_id) WHERE recipient_user_id IS NOT NULL;

-- Which notices a person wants, per kind and channel; a kind without a row is on for both.
CREATE TABLE notification_preferences (
    user_id    VARCHAR(255) NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    email      BOOLEAN NOT NULL,
    in_app     BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, kind)
);

-- In-app notifications. Their text is written when read, from the kind and these facts, so that erasing the candidate
-- (subject_name) leaves a notice that no longer names them. One per recipient, kind and event.
CREATE TABLE notifications (
    id              UUID PRIMARY KEY,
    user_id         VARCHAR(255) NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    event_id        UUID NOT NULL,
    subject_user_id VARCHAR(255),
    subject_name    VARCHAR(320),
    task_title      VARCHAR(255),
    assessment_id   UUID,
    details         JSONB NOT NULL,
    link            VARCHAR(500),
    created_at      TIMESTAMPTZ NOT NULL,
    read_at         TIMESTAMPTZ,
    CONSTRAINT notifications_once UNIQUE (user_id, kind, event_id)
);
CREATE INDEX idx_notifications_user ON notifications (user_id, created_at DESC);
CREATE INDEX idx_notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX idx_notifications_subject ON notifications (subject_user_id) WHERE subject_user_id IS NOT NULL;

-- A business's webhooks (ATS integrations). events: the event types, comma-separated. The signing secret is AES-256-GCM
-- encrypted, bound to owner and webhook.
CREATE TABLE webhooks (
    id            UUID PRIMARY KEY,
    owner_id      VARCHAR(255) NOT NULL,
    url           VARCHAR(2048) NOT NULL,
    events        VARCHAR(200) NOT NULL,
    secret_cipher BYTEA NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_webhooks_owner ON webhooks (owner_id);

-- One event to one webhook. body: the exact JSON sent, kept only while attempts remain (null once delivered, failed for
-- good or erased). status: pending (next attempt at next_attempt_at), delivered, failed.
CREATE TABLE webhook_deliveries (
    id               UUID PRIMARY KEY,
    webhook_id       UUID NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id         UUID NOT NULL,
    event_type       VARCHAR(40) NOT NULL,
    subject_user_id  VARCHAR(255),
    body             TEXT,
    status           VARCHAR(16) NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    last_status_code INTEGER,
    created_at       TIMESTAMPTZ NOT NULL,
    completed_at     TIMESTAMPTZ,
    CONSTRAINT webhook_deliveries_once UNIQUE (webhook_id, event_id)
);
CREATE INDEX idx_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX idx_webhook_deliveries_log ON webhook_deliveries (webhook_id, created_at DESC);
CREATE INDEX idx_webhook_deliveries_subject ON webhook_deliveries (subject_user_id) WHERE subject_user_id IS NOT NULL;

-- Every attempt of a delivery: when, the HTTP status (null when no answer came), and a short excerpt of the answer.
CREATE TABLE webhook_attempts (
    id               UUID PRIMARY KEY,
    delivery_id      UUID NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt          INTEGER NOT NULL,
    attempted_at     TIMESTAMPTZ NOT NULL,
    status_code      INTEGER,
    succeeded        BOOLEAN NOT NULL,
    error            VARCHAR(300),
    response_excerpt VARCHAR(500),
    duration_ms      INTEGER NOT NULL,
    CONSTRAINT webhook_attempts_once UNIQUE (delivery_id, attempt)
);
