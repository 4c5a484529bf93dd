-- The W3C traceparent of the request that wrote an outbox row (null while tracing is off): the relay publishes the
-- event later, on a timer or a fresh context, and re-attaches it so that the event's consumers continue that trace.
ALTER TABLE outbox ADD COLUMN traceparent VARCHAR(55);
