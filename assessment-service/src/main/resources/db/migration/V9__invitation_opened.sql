-- When the invitation's link was first opened (the invitation page asked for it), for the analytics funnel's "opened".
-- Null until then, and for invitations opened before this column existed (an accepted one was opened all the same).
ALTER TABLE invitations ADD COLUMN opened_at TIMESTAMPTZ;
