-- Invitation emails already sent no longer keep their access link (the service now drops it as it marks them sent).
UPDATE deliveries
SET payload = jsonb_set(payload, '{accessUrl}', 'null'::jsonb)
WHERE status = 'sent'
  AND payload ? 'accessUrl'
  AND jsonb_typeof(payload -> 'accessUrl') <> 'null';
