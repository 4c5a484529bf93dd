-- Deleted accounts (AccountDeleted): the owner's sessions are marked, and once the erasure delay has passed (and the
-- sandbox is gone) their workspace snapshots in the submissions bucket (keys <assessmentId>/...) are deleted, and so is
-- the stored finalize answer. The session row stays, keyed by the owner's random subject: it is the map from the
-- person to their objects, and it records that they are gone.
ALTER TABLE sandbox_sessions ADD COLUMN erasure_requested_at TIMESTAMPTZ;
ALTER TABLE sandbox_sessions ADD COLUMN objects_erased_at TIMESTAMPTZ;
CREATE INDEX idx_sandbox_sessions_erasure_due ON sandbox_sessions (erasure_requested_at)
    WHERE erasure_requested_at IS NOT NULL AND objects_erased_at IS NULL;
