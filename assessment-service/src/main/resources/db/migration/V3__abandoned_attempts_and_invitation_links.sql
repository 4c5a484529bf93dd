-- Abandoned attempts: a candidate may give up an attempt they have not started. A practice attempt (no invitation)
-- then does not count against the task's attempt limit; an invited one may be abandoned only when the business allows
-- retakes, and it counts.
ALTER TABLE assessments DROP CONSTRAINT assessments_status_check;
ALTER TABLE assessments ADD CONSTRAINT assessments_status_check
    CHECK (status IN ('pending', 'in_progress', 'submitted', 'scoring', 'scored', 'failed', 'abandoned'));
ALTER TABLE assessments ADD COLUMN abandoned_at TIMESTAMPTZ;
ALTER TABLE assessments ADD CONSTRAINT assessments_abandoned_check
    CHECK ((status = 'abandoned') = (abandoned_at IS NOT NULL));
-- "Does the caller have an unfinished attempt of this task?" is asked before every new attempt.
CREATE INDEX idx_assessments_unfinished ON assessments (user_id, task_id) WHERE status IN ('pending', 'in_progress');

-- Invitations: whether an attempt may be abandoned and taken again, the language of the email's dates, resends, and
-- the link's token kept AES-GCM encrypted (besides its SHA-256) so that the sender can copy the link again.
-- Invitations made before have no stored token: resending makes them a fresh link.
ALTER TABLE invitations ADD COLUMN allow_retakes BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE invitations ADD COLUMN locale VARCHAR(35) NOT NULL DEFAULT 'en';
-- nonce (12 bytes) followed by the AES-GCM ciphertext and tag, bound to the invitation's id.
ALTER TABLE invitations ADD COLUMN token_encrypted BYTEA;
ALTER TABLE invitations ADD COLUMN last_sent_at TIMESTAMPTZ;
UPDATE invitations SET last_sent_at = sent_at;
ALTER TABLE invitations ALTER COLUMN last_sent_at SET NOT NULL;
ALTER TABLE invitations ADD COLUMN resend_count INTEGER NOT NULL DEFAULT 0 CHECK (resend_count >= 0);

-- An accepted invitation whose attempt was abandoned has no assessment until the candidate makes the next one.
ALTER TABLE invitations DROP CONSTRAINT invitations_check;
ALTER TABLE invitations ADD CONSTRAINT invitations_recipient_check
    CHECK (status NOT IN ('accepted', 'completed') OR recipient_user_id IS NOT NULL);
ALTER TABLE invitations ADD CONSTRAINT invitations_completed_check
    CHECK (status <> 'completed' OR assessment_id IS NOT NULL);
