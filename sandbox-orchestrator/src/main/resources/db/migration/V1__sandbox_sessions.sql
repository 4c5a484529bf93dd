-- One row per assessment that has (or had) a sandbox. Owners are OIDC subjects; nothing here references another
-- service's tables.
--
-- state: ready (the candidate works), expired (deadline passed: processes stopped, workspace kept for finalize),
--        finalizing, terminated.
-- hidden_files: the task's hidden test suite {"files": [{"path", "contentBase64"}]}; it stays here, server-side, and only
--        reaches the workspace at finalize, after the candidate's processes are stopped and the snapshot is taken.
-- finalize_result: what finalize answered, so that a repeated finalize returns the same result.
CREATE TABLE sandbox_sessions (
    assessment_id        UUID PRIMARY KEY,
    owner_id             VARCHAR(255) NOT NULL,
    task_id              UUID NOT NULL,
    runtime              VARCHAR(16) NOT NULL CHECK (runtime IN ('python', 'node')),
    hidden_runner        VARCHAR(32) NOT NULL CHECK (hidden_runner IN ('python-unittest', 'node-test', 'none')),
    visible_test_command VARCHAR(500),
    state                VARCHAR(16) NOT NULL CHECK (state IN ('ready', 'expired', 'finalizing', 'terminated')),
    backend              VARCHAR(16) NOT NULL,
    sandbox_id           VARCHAR(255) NOT NULL,
    deadline             TIMESTAMPTZ NOT NULL,
    ready_millis         BIGINT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    ready_at             TIMESTAMPTZ,
    terminated_at        TIMESTAMPTZ,
    termination_reason   VARCHAR(32),
    reap_after           TIMESTAMPTZ,
    last_snapshot_at     TIMESTAMPTZ,
    hidden_files         JSONB NOT NULL,
    finalize_result      JSONB
);
CREATE INDEX idx_sandbox_sessions_owner ON sandbox_sessions (owner_id);
CREATE INDEX idx_sandbox_sessions_live ON sandbox_sessions (state) WHERE state <> 'terminated';
