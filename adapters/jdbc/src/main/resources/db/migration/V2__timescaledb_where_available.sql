-- Use TimescaleDB where the server offers it; everything also runs on plain PostgreSQL.
-- Later migrations turn time-series tables into hypertables behind the same guard
-- (IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb')).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS timescaledb;
        EXCEPTION WHEN OTHERS THEN
            -- Installed but not loadable (e.g. missing from shared_preload_libraries): run as plain PostgreSQL.
            RAISE NOTICE 'timescaledb is available but could not be created (%); continuing without it', SQLERRM;
        END;
    END IF;
END
$$;
