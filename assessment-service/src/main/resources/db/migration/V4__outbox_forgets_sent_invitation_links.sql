-- Invitation emails already published no longer need their access link in the outbox (the relay now drops it when it
-- publishes): the database keeps no usable copy of a link.
UPDATE outbox
SET payload = jsonb_set(payload, '{accessUrl}', 'null'::jsonb)
WHERE event_type IN ('InvitationCreated', 'InvitationResent')
  AND sent_at IS NOT NULL
  AND payload ? 'accessUrl';
