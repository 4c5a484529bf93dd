-- The subscription plan of each business account, as the gateway announced it (PlanChanged on topic plan-changes).
-- Only the latest change counts (by changed_at), so a redelivered or late event changes nothing. An account without a
-- row is on skillslab.plans.default-plan.
CREATE TABLE owner_plans (
    owner_id    VARCHAR(255) PRIMARY KEY,
    plan        VARCHAR(16) NOT NULL CHECK (plan IN ('free', 'premium', 'business')),
    changed_at  TIMESTAMPTZ NOT NULL,
    event_id    UUID NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Active custom tasks per owner (plan limit): not default, not archived.
CREATE INDEX idx_tasks_active_by_creator ON tasks (creator_id) WHERE archived_at IS NULL AND NOT is_default;
