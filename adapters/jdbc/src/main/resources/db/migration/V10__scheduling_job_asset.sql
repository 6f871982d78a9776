-- An asset's jobs (GET /assets/(id)/jobs) are found by the asset its stored request names: an index
-- on that expression, so the listing does not read every job ever run.
CREATE INDEX scheduling_job_asset ON scheduling_job (((request::jsonb ->> 'asset')::bigint), created_at DESC);
