-- Who took which assessment, learnt from AssessmentSubmitted, so that a later score can be emailed to them.
CREATE TABLE assessment_contacts (
    assessment_id UUID PRIMARY KEY,
    user_id       VARCHAR(255) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    user_type     VARCHAR(16) NOT NULL,
    task_title    VARCHAR(255) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per notification the service decided to send; the event id makes a redelivered event a no-op.
-- status: pending (waiting for its recipient to be known), sent, failed.
CREATE TABLE deliveries (
    id            UUID PRIMARY KEY,
    event_id      UUID NOT NULL UNIQUE,
    kind          VARCHAR(32) NOT NULL,
    assessment_id UUID,
    recipient     VARCHAR(320),
    subject       VARCHAR(300),
    payload       JSONB NOT NULL,
    status        VARCHAR(16) NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    VARCHAR(500),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at       TIMESTAMPTZ
);
CREATE INDEX idx_deliveries_pending ON deliveries (assessment_id) WHERE status = 'pending';
