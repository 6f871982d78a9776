-- The community registry (rec-registry's model): each community is written whole by an import
-- (delete + insert in one transaction), so its rows carry natural keys and cascade from the
-- community row. Keys compare bytewise (COLLATE "C"): cursor pages follow the same order as Java's.
-- Free-form parts (legal, links, an asset's type fields …) are kept as the JSON text given, in
-- its order, so that an export gives back what was imported.
CREATE TABLE community (
    id          BIGSERIAL PRIMARY KEY,
    key         TEXT COLLATE "C" NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT,
    settings    TEXT NOT NULL,
    details     TEXT NOT NULL,
    metadata    TEXT NOT NULL
);

CREATE TABLE community_area (
    community_id BIGINT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    key          TEXT COLLATE "C" NOT NULL,
    name         TEXT NOT NULL,
    boundary_id  TEXT NOT NULL,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    PRIMARY KEY (community_id, key)
);

CREATE TABLE topology_node (
    community_id BIGINT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    id           TEXT COLLATE "C" NOT NULL,
    type         TEXT NOT NULL,
    name         TEXT NOT NULL,
    operator_id  TEXT,
    parent       TEXT COLLATE "C",
    PRIMARY KEY (community_id, id)
);
-- Walking down the grid: the children of a node.
CREATE INDEX topology_node_children ON topology_node (community_id, parent);

CREATE TABLE community_member (
    id           BIGSERIAL PRIMARY KEY,
    community_id BIGINT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    key          TEXT COLLATE "C" NOT NULL,
    user_id      TEXT NOT NULL,
    did          TEXT,
    name         TEXT NOT NULL,
    type         TEXT,
    role         TEXT NOT NULL,
    area         TEXT NOT NULL,
    status       TEXT NOT NULL,
    UNIQUE (community_id, key)
);
CREATE INDEX community_member_user ON community_member (user_id);
CREATE INDEX community_member_did ON community_member (did) WHERE did IS NOT NULL;

CREATE TABLE delivery_point (
    id            BIGSERIAL PRIMARY KEY,
    community_id  BIGINT NOT NULL,
    member_key    TEXT COLLATE "C" NOT NULL,
    ordinal       INTEGER NOT NULL,
    point_id      TEXT COLLATE "C" NOT NULL,
    type          TEXT NOT NULL,
    description   TEXT,
    address       TEXT,
    tariff        TEXT,
    active        BOOLEAN NOT NULL,
    topology_node TEXT COLLATE "C",
    UNIQUE (community_id, point_id),
    FOREIGN KEY (community_id, member_key) REFERENCES community_member (community_id, key) ON DELETE CASCADE
);
CREATE INDEX delivery_point_id ON delivery_point (point_id);
CREATE INDEX delivery_point_node ON delivery_point (community_id, topology_node);
CREATE INDEX delivery_point_member ON delivery_point (community_id, member_key);

CREATE TABLE community_asset (
    id           BIGSERIAL PRIMARY KEY,
    community_id BIGINT NOT NULL,
    key          TEXT COLLATE "C" NOT NULL,
    asset_type   TEXT NOT NULL,
    name         TEXT NOT NULL,
    owner        TEXT COLLATE "C" NOT NULL,
    sensor_id    TEXT,
    pod          TEXT COLLATE "C",
    properties   TEXT NOT NULL,
    UNIQUE (community_id, key),
    FOREIGN KEY (community_id, owner) REFERENCES community_member (community_id, key) ON DELETE CASCADE
);
CREATE INDEX community_asset_sensor ON community_asset (sensor_id) WHERE sensor_id IS NOT NULL;
CREATE INDEX community_asset_owner ON community_asset (community_id, owner);
CREATE INDEX community_asset_pod ON community_asset (community_id, pod) WHERE pod IS NOT NULL;
