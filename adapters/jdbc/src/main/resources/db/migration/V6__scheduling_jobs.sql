-- Scheduling jobs, shared by every server instance: workers claim the oldest waiting job with
-- FOR UPDATE SKIP LOCKED; a running job whose claim is older than the lease is claimed again.
CREATE TABLE scheduling_job (
    id            UUID PRIMARY KEY,
    status        VARCHAR(8) NOT NULL CHECK (status IN ('queued', 'running', 'finished', 'failed')),
    request       TEXT NOT NULL,
    requested_by  BIGINT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    worker        VARCHAR(120),
    claimed_at    TIMESTAMPTZ,
    ended_at      TIMESTAMPTZ,
    error         TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0
);
-- Only the jobs not yet ended, in the order they are handed out.
CREATE INDEX scheduling_job_waiting ON scheduling_job (created_at) WHERE status IN ('queued', 'running');
