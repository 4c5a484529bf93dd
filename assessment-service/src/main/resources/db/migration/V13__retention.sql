-- Retention (skillslab.retention.*): when an assessment's tracking detail, and what the candidate wrote (chat, notes,
-- the words quoted in its score reports), were removed for their age. Past the scores' retention the assessment itself
-- is deleted (with everything that references it).
ALTER TABLE assessments ADD COLUMN tracking_expired_at TIMESTAMPTZ;
ALTER TABLE assessments ADD COLUMN code_and_chat_expired_at TIMESTAMPTZ;
-- The age retention counts from: the end of the attempt (submitted, expired or abandoned), else its start.
CREATE INDEX idx_assessments_retention_age
    ON assessments ((coalesce(submitted_at, abandoned_at, started_at, created_at)))
    WHERE status IN ('scored', 'failed', 'abandoned');
