-- Bulk re-scores an administrator started: one row per job, its scope (one task's assessments or all of them), the
-- scoring version it scores with and its progress. At most one job per scope runs at a time (the partial unique index);
-- a job whose instance stopped sending heartbeats is marked interrupted. The runs it produced are in scoring_runs
-- (origin 'rescore'), next to the earlier runs they replace.

CREATE TABLE rescore_jobs (
    id               UUID PRIMARY KEY,
    scope            VARCHAR(8) NOT NULL CHECK (scope IN ('task', 'all')),
    task_id          UUID,
    scope_key        VARCHAR(64) NOT NULL,
    status           VARCHAR(16) NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
    scoring_version  VARCHAR(32) NOT NULL,
    total            INTEGER NOT NULL CHECK (total >= 0),
    done             INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0),
    failed           INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
    requested_by     VARCHAR(255),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ,
    CHECK ((scope = 'task') = (task_id IS NOT NULL))
);

CREATE UNIQUE INDEX ux_rescore_jobs_running_scope ON rescore_jobs (scope_key) WHERE status = 'running';
CREATE INDEX idx_rescore_jobs_created ON rescore_jobs (created_at DESC, id);
