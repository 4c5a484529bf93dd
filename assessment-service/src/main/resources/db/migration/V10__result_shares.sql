-- Public results: a candidate may publish the score of an attempt at /r/{shareId}. An invited attempt only when its
-- invitation allows it (the business decides when it invites; false for invitations made before).
ALTER TABLE invitations ADD COLUMN allow_result_sharing BOOLEAN NOT NULL DEFAULT FALSE;

-- One share per assessment at most; re-sharing updates it and keeps the share id. Revoking deletes the row, so that a
-- revoked public URL finds nothing. The name is fixed at share time as chosen (full, initials or hidden).
CREATE TABLE result_shares (
    assessment_id  UUID PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    -- 128 random bits, URL-safe base64 without padding (22 characters)
    share_id       VARCHAR(32) NOT NULL UNIQUE,
    user_id        VARCHAR(255) NOT NULL,
    name_display   VARCHAR(16) NOT NULL CHECK (name_display IN ('full', 'initials', 'hidden')),
    display_name   VARCHAR(255) NOT NULL,
    shared_at      TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_result_shares_user ON result_shares (user_id);
