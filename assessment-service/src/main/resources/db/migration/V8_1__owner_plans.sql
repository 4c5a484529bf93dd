-- The subscription plan of each business account, as the gateway announced it (PlanChanged on topic plan-changes), for
-- the monthly invitation limit. Only the latest change counts (by changed_at), so a redelivered or late event changes
-- nothing. An account without a row is on skillslab.plans.default-plan. (Numbered 8.1 so that it sorts after any V8
-- written at the same time.)
CREATE TABLE owner_plans (
    owner_id    VARCHAR(255) PRIMARY KEY,
    plan        VARCHAR(16) NOT NULL CHECK (plan IN ('free', 'premium', 'business')),
    changed_at  TIMESTAMPTZ NOT NULL,
    event_id    UUID NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Invitations sent per sender and month (plan limit).
CREATE INDEX idx_invitations_sender_created ON invitations (sender_id, created_at);
