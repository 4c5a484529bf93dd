-- Score reports that a later ScoreComputed (a re-score) replaced, kept for audit: the report exactly as it was shown,
-- with the event that brought it, when it arrived and when (and by which event) it was replaced. The current report
-- stays in scores.
CREATE TABLE score_revisions (
    id                    UUID PRIMARY KEY,
    assessment_id         UUID NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    event_id              UUID NOT NULL,
    scoring_version       VARCHAR(32),
    final_score           NUMERIC(5, 2),
    proficiency_level     VARCHAR(64),
    report                JSONB NOT NULL,
    received_at           TIMESTAMPTZ NOT NULL,
    replaced_at           TIMESTAMPTZ NOT NULL,
    replaced_by_event_id  UUID NOT NULL
);
CREATE INDEX idx_score_revisions_assessment ON score_revisions (assessment_id, replaced_at DESC);
