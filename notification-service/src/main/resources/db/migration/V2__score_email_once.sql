-- A candidate is told of their score once per assessment. A later score of the same assessment (an administrator's
-- re-score) is recorded as a 'skipped' delivery: the event is accounted for and nothing is sent. A score that replaces
-- one whose email has not gone out yet (its candidate not known yet) marks that one 'skipped' and is sent instead.
ALTER TABLE deliveries DROP CONSTRAINT IF EXISTS deliveries_status_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check CHECK (status IN ('pending', 'sent', 'failed', 'skipped'));
CREATE INDEX idx_deliveries_assessment_kind ON deliveries (assessment_id, kind);
