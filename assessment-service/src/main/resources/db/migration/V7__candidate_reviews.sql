-- A business's own review of a candidate's attempt on one of its tasks: where the candidate stands in its hiring
-- process, a rating and private notes. Never shown to the candidate. Every change leaves a row in the history (who,
-- when, old → new). When the candidate deletes their account the notes about them are removed (review and history);
-- when the business deletes its account, its reviews and their history go.
CREATE TABLE candidate_reviews (
    assessment_id  UUID PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    -- The business that owns the task (the assessment's task_creator_id when the review was first written).
    business_id    VARCHAR(255) NOT NULL,
    stage          VARCHAR(16) NOT NULL DEFAULT 'new'
                   CHECK (stage IN ('new', 'shortlisted', 'interview', 'rejected', 'hired')),
    rating         INTEGER CHECK (rating BETWEEN 1 AND 5),
    notes          TEXT CHECK (char_length(notes) <= 2000),
    updated_by     VARCHAR(255),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_candidate_reviews_business ON candidate_reviews (business_id, stage);

CREATE TABLE candidate_review_history (
    id               BIGSERIAL PRIMARY KEY,
    assessment_id    UUID NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    business_id      VARCHAR(255) NOT NULL,
    -- OIDC subject and display name of who made the change; 'system' for a change the platform made itself.
    changed_by       VARCHAR(255) NOT NULL,
    changed_by_name  VARCHAR(255),
    changed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Null for a business's own edit; 'candidate-account-deleted' when the notes were removed with the account.
    reason           VARCHAR(64),
    old_stage        VARCHAR(16),
    new_stage        VARCHAR(16) NOT NULL,
    old_rating       INTEGER,
    new_rating       INTEGER,
    old_notes        TEXT,
    new_notes        TEXT
);
CREATE INDEX idx_candidate_review_history_assessment ON candidate_review_history (assessment_id, id DESC);
CREATE INDEX idx_candidate_review_history_business ON candidate_review_history (business_id);

-- The figures of the score report that the candidate list, its export and the analytics read for every row, kept
-- beside the report by the database: reading them does not unpack the whole report (which carries its analysis and
-- evidence). Generated from it, so they follow a re-score and the redaction of a deleted account's words. The paths
-- are those of scoring-service's report; a value that is missing or not a number is null, never 0.
ALTER TABLE scores
    ADD COLUMN final_score DOUBLE PRECISION GENERATED ALWAYS AS (
        CASE WHEN jsonb_typeof(report -> 'finalScore') = 'number'
             THEN (report -> 'finalScore')::numeric::double precision END) STORED,
    ADD COLUMN proficiency_level TEXT GENERATED ALWAYS AS (report ->> 'proficiencyLevel') STORED,
    ADD COLUMN category_scores JSONB GENERATED ALWAYS AS (report -> 'categoryScores') STORED,
    ADD COLUMN ai_prompts INTEGER GENERATED ALWAYS AS (
        CASE WHEN jsonb_typeof(report #> '{detailedAnalysis,aiUsageAnalysis,totalPrompts}') = 'number'
             THEN (report #> '{detailedAnalysis,aiUsageAnalysis,totalPrompts}')::numeric::integer END) STORED,
    ADD COLUMN ai_code_share DOUBLE PRECISION GENERATED ALWAYS AS (
        CASE WHEN jsonb_typeof(report #> '{detailedAnalysis,aiUsageAnalysis,aiProvenance,aiShareOfFinalCode}') = 'number'
             THEN (report #> '{detailedAnalysis,aiUsageAnalysis,aiProvenance,aiShareOfFinalCode}')::numeric::double precision
        END) STORED,
    ADD COLUMN integrity JSONB GENERATED ALWAYS AS (report #> '{detailedAnalysis,integrity}') STORED;
