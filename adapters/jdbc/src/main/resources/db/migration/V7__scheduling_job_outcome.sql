-- A job's request is the JSON document it was triggered with; a finished job records what made
-- its schedule and the data source its beliefs are stored under (to read exactly that schedule back).
ALTER TABLE scheduling_job ALTER COLUMN request TYPE JSONB USING request::jsonb;
ALTER TABLE scheduling_job
    ADD COLUMN scheduler VARCHAR(80),
    ADD COLUMN solver    VARCHAR(80),
    ADD COLUMN gap       DOUBLE PRECISION,
    ADD COLUMN source_id BIGINT REFERENCES data_source (id),
    ADD CONSTRAINT scheduling_job_outcome CHECK ((status = 'finished') = (source_id IS NOT NULL));
