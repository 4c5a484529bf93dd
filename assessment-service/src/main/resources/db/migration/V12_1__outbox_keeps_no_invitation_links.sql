-- Outbox rows no longer hold invitation links at all: the relay puts the link into the event as it publishes, from the
-- invitation's sealed token. Rows written before (published or not) lose theirs here.
UPDATE outbox
SET payload = jsonb_set(payload, '{accessUrl}', 'null'::jsonb)
WHERE event_type IN ('InvitationCreated', 'InvitationResent', 'InvitationExpiringSoon')
  AND payload ? 'accessUrl'
  AND jsonb_typeof(payload -> 'accessUrl') <> 'null';
