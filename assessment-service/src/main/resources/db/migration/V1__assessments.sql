-- Assessments (timed sessions), the scores they received, the AI chat kept for recovery, tracking objects in S3,
-- the transactional outbox, consumed-event ids, and candidates' own provider keys.
-- Users are OIDC subjects; tasks are task-service ids with a snapshot taken at creation. Nothing here references another
-- service's tables.

CREATE TABLE assessments (
    id                   UUID PRIMARY KEY,
    user_id              VARCHAR(255) NOT NULL,
    task_id              UUID NOT NULL,
    -- The business that owns the task (null for default tasks): it may read the assessment.
    task_creator_id      VARCHAR(255),
    invitation_id        UUID,
    status               VARCHAR(16) NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'in_progress', 'submitted', 'scoring', 'scored', 'failed')),
    attempt_number       INTEGER NOT NULL CHECK (attempt_number >= 1),
    candidate            JSONB NOT NULL,
    task_snapshot        JSONB NOT NULL,
    evaluation_config    JSONB,
    -- Set while a start or a submission is under way, so that two of them never run at once.
    start_claimed_at     TIMESTAMPTZ,
    submit_claimed_at    TIMESTAMPTZ,
    started_at           TIMESTAMPTZ,
    deadline             TIMESTAMPTZ,
    submitted_at         TIMESTAMPTZ,
    time_spent_seconds   BIGINT,
    auto_submitted       BOOLEAN NOT NULL DEFAULT FALSE,
    notes                TEXT,
    sandbox_id           VARCHAR(255),
    sandbox_backend      VARCHAR(32),
    -- The sandbox's finalize answer (final and starter file objects, file list, hidden tests), kept so that an
    -- interrupted submission resumes without finalizing twice.
    submission           JSONB,
    failure_reason       TEXT,
    scored_at            TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (deadline IS NULL OR started_at IS NOT NULL),
    -- Backstop for the attempt rule: two creates can never take the same attempt number.
    UNIQUE (user_id, task_id, attempt_number)
);
CREATE INDEX idx_assessments_user ON assessments (user_id, created_at DESC);
CREATE INDEX idx_assessments_task ON assessments (task_id);
CREATE INDEX idx_assessments_task_creator ON assessments (task_creator_id);
CREATE INDEX idx_assessments_invitation ON assessments (invitation_id);
CREATE INDEX idx_assessments_open_deadline ON assessments (deadline) WHERE status = 'in_progress';

-- The score report exactly as scoring-service computed it.
CREATE TABLE scores (
    assessment_id  UUID PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    event_id       UUID NOT NULL,
    report         JSONB NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The AI chat of a session, kept on the server so that a reload loses nothing.
CREATE TABLE chat_messages (
    id             UUID PRIMARY KEY,
    assessment_id  UUID NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    role           VARCHAR(16) NOT NULL CHECK (role IN ('user', 'assistant')),
    content        TEXT NOT NULL,
    model          VARCHAR(100),
    provider       VARCHAR(32),
    request_id     UUID NOT NULL,
    -- false when a streamed answer broke off: the part received is kept.
    complete       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_chat_messages_assessment ON chat_messages (assessment_id, created_at, id);

-- NDJSON objects of tracking events flushed to S3, in order.
CREATE TABLE tracking_objects (
    assessment_id  UUID NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    bucket         VARCHAR(100) NOT NULL,
    object_key     VARCHAR(500) NOT NULL,
    event_count    INTEGER NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, seq)
);

-- Transactional outbox: written in the transaction that changes state; the relay publishes and marks rows sent.
CREATE TABLE outbox (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID NOT NULL UNIQUE,
    topic          VARCHAR(100) NOT NULL,
    message_key    VARCHAR(255) NOT NULL,
    event_type     VARCHAR(100) NOT NULL,
    payload        JSONB NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at        TIMESTAMPTZ,
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     VARCHAR(500)
);
CREATE INDEX idx_outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

-- Ids of consumed events, so that a redelivery changes nothing.
CREATE TABLE processed_events (
    event_id      UUID PRIMARY KEY,
    event_type    VARCHAR(100) NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Candidates' own provider keys, AES-256-GCM encrypted (nonce || ciphertext+tag); only the hint is ever shown.
CREATE TABLE api_keys (
    id             UUID PRIMARY KEY,
    user_id        VARCHAR(255) NOT NULL,
    provider       VARCHAR(32) NOT NULL CHECK (provider IN ('openai', 'anthropic', 'openai-compatible')),
    key_encrypted  BYTEA NOT NULL,
    key_hint       VARCHAR(16) NOT NULL,
    is_valid       BOOLEAN NOT NULL DEFAULT TRUE,
    last_used_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (user_id, provider)
);
