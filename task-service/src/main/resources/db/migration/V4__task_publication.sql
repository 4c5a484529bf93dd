-- Draft → published: a task is a draft that only its creator (and admins) see until the creator publishes it;
-- is_public takes effect only then. Every task that exists already, the default tasks included, is published, as of
-- when it was created.
ALTER TABLE tasks ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published'));
ALTER TABLE tasks ADD COLUMN published_at TIMESTAMPTZ;
UPDATE tasks SET published_at = created_at;
ALTER TABLE tasks ALTER COLUMN status SET DEFAULT 'draft';
ALTER TABLE tasks ADD CONSTRAINT tasks_published_at_with_status CHECK ((status = 'published') = (published_at IS NOT NULL));
CREATE INDEX idx_tasks_status ON tasks (status);
