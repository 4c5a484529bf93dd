-- One row per scoring of an assessment. A submitted event is scored once per scoring version (the partial unique
-- index), which makes redelivered events harmless; an admin re-score adds a row. The input event is kept whole so that
-- any assessment can be re-scored and audited; the result is the published ScoreComputed payload.

CREATE TABLE scoring_runs (
    id                UUID PRIMARY KEY,
    assessment_id     UUID NOT NULL,
    scoring_version   VARCHAR(32) NOT NULL,
    origin            VARCHAR(16) NOT NULL CHECK (origin IN ('event', 'rescore')),
    source_event_id   UUID,
    status            VARCHAR(16) NOT NULL CHECK (status IN ('scoring', 'scored', 'failed')),
    published         BOOLEAN NOT NULL DEFAULT FALSE,
    attempts          INTEGER NOT NULL DEFAULT 0,
    input_event       JSONB NOT NULL CHECK (jsonb_typeof(input_event) = 'object'),
    result            JSONB CHECK (result IS NULL OR jsonb_typeof(result) = 'object'),
    final_score       NUMERIC(5, 2) CHECK (final_score IS NULL OR final_score BETWEEN 0 AND 100),
    proficiency_level VARCHAR(64),
    scoring_models    VARCHAR(500),
    failure_reason    VARCHAR(1000),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at      TIMESTAMPTZ
);

CREATE UNIQUE INDEX ux_scoring_runs_event_version ON scoring_runs (assessment_id, scoring_version) WHERE origin = 'event';
CREATE INDEX idx_scoring_runs_assessment ON scoring_runs (assessment_id, created_at DESC);
