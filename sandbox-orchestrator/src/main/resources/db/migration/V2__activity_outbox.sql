-- What the sandbox observed in a session (terminal commands, test runs, and what the session's own budget turned away),
-- kept until it is published on sandbox-activity: written in the same step that records the observation, so that a
-- crash of this service or an unreachable broker loses nothing.
--
-- activity_sequences: per session, the last sequence number given out (from 1, without gaps: a number is taken in the
--        transaction that writes its outbox row) and, once finalize has sealed it, when: nothing is recorded after.
-- activity_outbox: one SandboxActivity event a row (payload); the relay publishes unsent rows with acknowledgements and
--        marks them sent; sent rows are deleted after a retention period.
CREATE TABLE activity_sequences (
    assessment_id  UUID PRIMARY KEY,
    last_sequence  BIGINT NOT NULL CHECK (last_sequence >= 0),
    sealed_at      TIMESTAMPTZ
);

CREATE TABLE activity_outbox (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID NOT NULL UNIQUE,
    assessment_id  UUID NOT NULL,
    sequence       BIGINT NOT NULL CHECK (sequence >= 1),
    kind           VARCHAR(32) NOT NULL,
    payload        JSONB NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at        TIMESTAMPTZ,
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     VARCHAR(500),
    UNIQUE (assessment_id, sequence)
);
CREATE INDEX idx_activity_outbox_unsent ON activity_outbox (id) WHERE sent_at IS NULL;
CREATE INDEX idx_activity_outbox_sent ON activity_outbox (sent_at) WHERE sent_at IS NOT NULL;
