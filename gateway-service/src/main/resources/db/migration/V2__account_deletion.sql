-- A deleted account keeps an anonymized row so that the deletion can be announced to the other services reliably:
-- a profile with deleted_at but no deletion_announced_at is announced again until Kafka confirms it.
ALTER TABLE user_profiles ADD COLUMN deleted_at TIMESTAMPTZ;
ALTER TABLE user_profiles ADD COLUMN deletion_announced_at TIMESTAMPTZ;
CREATE INDEX idx_user_profiles_unannounced ON user_profiles (deleted_at)
    WHERE deleted_at IS NOT NULL AND deletion_announced_at IS NULL;
