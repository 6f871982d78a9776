-- The registry's holding rules (issue 14, the domain's Holdings): a delivery point id is stored as
-- spelled and compared trimmed (Python's whitespace, U+00A0 included) and lower-cased, so its
-- compared form is kept beside it (point_key), and so is the compared form of the point a meter
-- names (pod_key): "which of these points does an active member outside community X hold" is then
-- an index lookup, whatever the registry's size. The adapter writes both from the domain's
-- Holdings.deliveryPointKey / podKey; rows written before get the same forms here.
-- One point may now be listed by several members of one community (a released member beside the
-- point's new occupant), so (community, point) is no longer unique.
ALTER TABLE delivery_point DROP CONSTRAINT delivery_point_community_id_point_id_key;
ALTER TABLE delivery_point ADD COLUMN point_key TEXT COLLATE "C";
ALTER TABLE community_asset ADD COLUMN pod_key TEXT COLLATE "C";

DO $$
DECLARE
    space TEXT := E'\t\n\u000b\f\r\u001c\u001d\u001e\u001f ';
BEGIN
    -- Python's str.isspace() set; only a UTF-8 database holds its non-ASCII part (PL/pgSQL parses
    -- a statement when it first runs it, so another database never reads these escapes)
    IF current_setting('server_encoding') = 'UTF8' THEN
        space := space || E'\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
    END IF;
    UPDATE delivery_point SET point_key = NULLIF(lower(btrim(point_id, space) COLLATE "default"), '');
    UPDATE community_asset SET sensor_id = NULLIF(btrim(sensor_id, space), '') WHERE sensor_id IS NOT NULL;
    UPDATE community_asset SET pod_key = NULLIF(lower(btrim(pod, space) COLLATE "default"), '')
        WHERE asset_type = 'meter' AND sensor_id IS NOT NULL AND pod IS NOT NULL;
END $$;

CREATE INDEX delivery_point_key ON delivery_point (point_key) WHERE point_key IS NOT NULL;
CREATE INDEX community_asset_pod_key ON community_asset (pod_key) WHERE pod_key IS NOT NULL;
