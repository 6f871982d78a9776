-- Per sensor, whether its beliefs form a plain series: one source, deterministic, one belief per
-- event. Reads of a plain series average the rows directly instead of first picking each event's
-- most recent belief (the DISTINCT ON that costs a read of a sensor-year a third of its time).
-- Appends keep it true, lock it per sensor, and turn it false for good; deleting the data resets it.
CREATE TABLE belief_series (
    sensor_id  BIGINT PRIMARY KEY REFERENCES sensor (id) ON DELETE CASCADE,
    source_id  BIGINT NOT NULL REFERENCES data_source (id),
    plain      BOOLEAN NOT NULL
);
-- Data stored before this table existed is not known to be plain: read the careful way.
INSERT INTO belief_series (sensor_id, source_id, plain)
SELECT sensor_id, min(source_id), false FROM timed_belief GROUP BY sensor_id;
