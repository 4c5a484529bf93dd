-- The W3C traceparent of the request that wrote an outbox row (rows written while tracing is off have none): the relay
-- publishes the event later, on a timer or a fresh context, and re-attaches it so that the event's consumers continue
-- that trace. A table of its own, so that the outbox rows keep exactly the columns of their entity.
CREATE TABLE outbox_trace (
    event_id    UUID PRIMARY KEY REFERENCES outbox (event_id) ON DELETE CASCADE,
    traceparent VARCHAR(55) NOT NULL
);
