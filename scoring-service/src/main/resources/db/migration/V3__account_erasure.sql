-- Accounts deleted by their owner (AccountDeleted): their scoring runs are deleted, and any run of theirs that ends or
-- arrives later is deleted by the erasure sweep. The id is the account's random OIDC subject, nothing else about them.
CREATE TABLE erased_accounts (
    user_id     VARCHAR(255) PRIMARY KEY,
    erased_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Runs are found by the candidate of their stored submission.
CREATE INDEX idx_scoring_runs_candidate ON scoring_runs ((input_event -> 'candidate' ->> 'userId'));

-- Runs keep no contact details: the candidate's email and name and their closing notes, which scoring never reads,
-- are no longer stored (the candidate's id stays); runs stored before lose them here.
UPDATE scoring_runs
SET input_event = jsonb_set(
        jsonb_set(input_event, '{candidate}', (input_event -> 'candidate') || '{"email": null, "name": null}'::jsonb),
        '{notes}', 'null'::jsonb)
WHERE jsonb_typeof(input_event -> 'candidate') = 'object';
UPDATE scoring_runs
SET input_event = jsonb_set(input_event, '{notes}', 'null'::jsonb)
WHERE input_event ? 'notes' AND jsonb_typeof(input_event -> 'notes') <> 'null';
