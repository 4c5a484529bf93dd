-- The audit trail: who did what to which target, with what outcome, when and from where. Entries arrive on the audit
-- topic from every service's outbox (the gateway's own are written here directly, in the transaction of the action)
-- and from Keycloak's sign-in events. Append-only: a trigger refuses every UPDATE and DELETE (and TRUNCATE), except
-- the retention purge of purge_audit_records(), which removes only entries older than a year.
CREATE TABLE audit_records (
    event_id       UUID PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_id       VARCHAR(255),
    actor_role     VARCHAR(32),
    actor_service  VARCHAR(64) NOT NULL,
    action         VARCHAR(100) NOT NULL,
    target_type    VARCHAR(64) NOT NULL,
    target_id      VARCHAR(255),
    outcome        VARCHAR(16) NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    client_address VARCHAR(45),
    user_agent     VARCHAR(256),
    details        JSONB NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX idx_audit_records_time ON audit_records (occurred_at DESC, event_id);
CREATE INDEX idx_audit_records_actor ON audit_records (actor_id, occurred_at DESC);
CREATE INDEX idx_audit_records_action ON audit_records (action, occurred_at DESC);
CREATE INDEX idx_audit_records_target ON audit_records (target_type, target_id, occurred_at DESC);
-- The newest sign-in event already stored is where the next poll of Keycloak starts.
CREATE INDEX idx_audit_records_keycloak ON audit_records (occurred_at DESC) WHERE actor_service = 'keycloak';

CREATE FUNCTION audit_records_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF current_setting('skillslab.audit_purge', true) = 'on' AND OLD.occurred_at < now() - INTERVAL '365 days' THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit records are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_records_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();

CREATE TRIGGER audit_records_no_truncate
    BEFORE TRUNCATE ON audit_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();

-- Retention: removes entries older than the given time, but never one younger than a year (the trigger checks). Run by
-- an operator (there is no automatic purge); returns how many entries went.
CREATE FUNCTION purge_audit_records(older_than TIMESTAMPTZ) RETURNS BIGINT
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    removed BIGINT;
BEGIN
    PERFORM set_config('skillslab.audit_purge', 'on', true);
    DELETE FROM audit_records WHERE occurred_at < older_than AND occurred_at < now() - INTERVAL '365 days';
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('skillslab.audit_purge', 'off', true);
    RETURN removed;
END;
$$;
