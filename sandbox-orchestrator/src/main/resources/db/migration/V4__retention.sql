-- Retention (skillslab.retention.code-and-chat): ended sessions whose workspace snapshots are still stored, by when
-- they ended, for the sweep that erases them once the period has passed.
CREATE INDEX idx_sandbox_sessions_retention_due ON sandbox_sessions (terminated_at)
    WHERE state = 'terminated' AND objects_erased_at IS NULL;
