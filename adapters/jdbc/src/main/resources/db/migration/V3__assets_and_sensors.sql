-- Assets (a tree per account, plus public assets), their types, their sensors, and per-user preferences.

CREATE TABLE generic_asset_type (
    id           BIGSERIAL PRIMARY KEY,
    name         VARCHAR(80) NOT NULL,
    description  VARCHAR(255),
    CONSTRAINT generic_asset_type_name_unique UNIQUE (name)
);

INSERT INTO generic_asset_type (name, description) VALUES
    ('battery', 'A stationary battery'),
    ('solar', 'A photovoltaic installation'),
    ('wind', 'A wind turbine'),
    ('building', 'A building with its consumption'),
    ('site', 'A site behind one grid connection'),
    ('charge point', 'An electric vehicle charger'),
    ('one-way_evse', 'An EV charger that only charges'),
    ('two-way_evse', 'An EV charger that can also discharge'),
    ('heat pump', 'A heat pump'),
    ('meter', 'An energy meter'),
    ('weather station', 'A source of weather measurements and forecasts'),
    ('market', 'An energy market with its prices'),
    ('process', 'A shiftable industrial process');

CREATE TABLE generic_asset (
    id                     BIGSERIAL PRIMARY KEY,
    name                   VARCHAR(80) NOT NULL,
    generic_asset_type_id  BIGINT NOT NULL REFERENCES generic_asset_type (id),
    account_id             BIGINT REFERENCES account (id) ON DELETE CASCADE,   -- NULL: a public asset
    parent_asset_id        BIGINT REFERENCES generic_asset (id) ON DELETE CASCADE,
    latitude               DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude              DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    attributes             JSONB NOT NULL DEFAULT '{}',
    flex_context           JSONB NOT NULL DEFAULT '{}',
    flex_model             JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT generic_asset_not_own_parent CHECK (parent_asset_id IS NULL OR parent_asset_id <> id)
);
-- Names are unique among siblings, among an account's roots, and among public roots.
CREATE UNIQUE INDEX generic_asset_name_under_parent ON generic_asset (parent_asset_id, name) WHERE parent_asset_id IS NOT NULL;
CREATE UNIQUE INDEX generic_asset_name_account_root ON generic_asset (account_id, name)
    WHERE parent_asset_id IS NULL AND account_id IS NOT NULL;
CREATE UNIQUE INDEX generic_asset_name_public_root ON generic_asset (name) WHERE parent_asset_id IS NULL AND account_id IS NULL;
CREATE INDEX generic_asset_account_idx ON generic_asset (account_id, id);
CREATE INDEX generic_asset_parent_idx ON generic_asset (parent_asset_id);

CREATE TABLE sensor (
    id                         BIGSERIAL PRIMARY KEY,
    generic_asset_id           BIGINT NOT NULL REFERENCES generic_asset (id) ON DELETE CASCADE,
    name                       VARCHAR(120) NOT NULL,
    unit                       VARCHAR(80) NOT NULL,
    event_resolution_seconds   BIGINT NOT NULL CHECK (event_resolution_seconds >= 0),
    timezone                   VARCHAR(64) NOT NULL,
    knowledge_horizon_fnc      VARCHAR(40) NOT NULL,
    knowledge_horizon_par      JSONB NOT NULL DEFAULT '{}',
    attributes                 JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT sensor_name_unique_per_asset UNIQUE (generic_asset_id, name)
);

CREATE TABLE user_preference (
    user_id  BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    key      VARCHAR(80) NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
