-- Sensor data as beliefs (timely-beliefs): a value about an event, held at a belief time, by a source.

CREATE TABLE data_source (
    id        BIGSERIAL PRIMARY KEY,
    name      VARCHAR(80) NOT NULL,
    type      VARCHAR(80) NOT NULL,
    model     VARCHAR(80),
    version   VARCHAR(17),
    user_id   BIGINT REFERENCES app_user (id) ON DELETE SET NULL
);
-- One row per identity, NULLs included, so that concurrent first posts share one source.
CREATE UNIQUE INDEX data_source_identity
    ON data_source (name, type, (COALESCE(model, '')), (COALESCE(version, '')), (COALESCE(user_id, 0)));

CREATE TABLE timed_belief (
    sensor_id               BIGINT NOT NULL REFERENCES sensor (id) ON DELETE CASCADE,
    event_start             TIMESTAMPTZ NOT NULL,
    belief_time             TIMESTAMPTZ NOT NULL,
    source_id               BIGINT NOT NULL REFERENCES data_source (id),
    cumulative_probability  DOUBLE PRECISION NOT NULL DEFAULT 0.5
        CHECK (cumulative_probability > 0 AND cumulative_probability <= 1),
    event_value             DOUBLE PRECISION NOT NULL,
    -- source before belief time: "each source's most recent belief per event" walks this index
    -- backwards instead of sorting
    PRIMARY KEY (sensor_id, event_start, source_id, belief_time, cumulative_probability)
);

-- A hypertable on event start where TimescaleDB is installed; plain PostgreSQL keeps the table.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        PERFORM create_hypertable('timed_belief', 'event_start', chunk_time_interval => INTERVAL '30 days',
                                  if_not_exists => TRUE);
    END IF;
END
$$;
