-- The assessments that refer to each task, as assessment-service announces them: AssessmentStarted on
-- `assessment-lifecycle`, InvitationAccepted (which creates the candidate's assessment) on `invitations`. Deleting a task
-- that has any archives it instead, without asking assessment-service. One row per assessment, so a redelivered event,
-- or both events of one invited assessment, count once.
CREATE TABLE task_assessments (
    assessment_id UUID PRIMARY KEY,
    task_id       UUID NOT NULL,
    event_id      UUID NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_task_assessments_task ON task_assessments (task_id);
