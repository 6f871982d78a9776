-- A topology node's name is optional in the bundle (schema 0.7): one without a name reads back
-- with none, not named by its id.
ALTER TABLE topology_node ALTER COLUMN name DROP NOT NULL;
