-- Every plan a business account was put on, oldest first: an operator's change (changed_by) or the plan the account
-- started on (previous_plan NULL). The table is also the outbox of the PlanChanged events: a row without published_at
-- is published again until Kafka acknowledges it, so task-service and assessment-service (which enforce the limits)
-- always end up with the plan recorded here.
CREATE TABLE plan_changes (
    event_id      UUID PRIMARY KEY,
    user_id       VARCHAR(255) NOT NULL,
    plan          VARCHAR(16) NOT NULL CHECK (plan IN ('free', 'premium', 'business')),
    previous_plan VARCHAR(16) CHECK (previous_plan IS NULL OR previous_plan IN ('free', 'premium', 'business')),
    changed_by    VARCHAR(255),
    changed_at    TIMESTAMPTZ NOT NULL,
    published_at  TIMESTAMPTZ
);
CREATE INDEX idx_plan_changes_user ON plan_changes (user_id, changed_at);
CREATE INDEX idx_plan_changes_unpublished ON plan_changes (changed_at) WHERE published_at IS NULL;

-- Business accounts that exist already announce the plan they are on once, so the services that enforce limits never
-- fall back to their default for them.
INSERT INTO plan_changes (event_id, user_id, plan, previous_plan, changed_by, changed_at)
SELECT gen_random_uuid(), subject, subscription_plan, NULL, NULL, now()
FROM user_profiles
WHERE user_type = 'business' AND deleted_at IS NULL;
-- Seats: the business accounts of one company.
CREATE INDEX idx_user_profiles_company ON user_profiles (lower(btrim(company_name))) WHERE user_type = 'business';
