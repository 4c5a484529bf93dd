-- Audit entries on their way to the audit topic (platform audit.AuditOutbox): written in the transaction of the action
-- they record (a re-score requested by an administrator), published by messaging/AuditRelay, forgotten a week after Kafka took
-- them. The gateway keeps the trail itself.
CREATE TABLE audit_outbox (
    event_id    UUID PRIMARY KEY,
    message_key VARCHAR(400) NOT NULL,
    payload     JSONB NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ,
    attempts    INT NOT NULL DEFAULT 0
);
CREATE INDEX idx_audit_outbox_unsent ON audit_outbox (created_at, event_id) WHERE sent_at IS NULL;
