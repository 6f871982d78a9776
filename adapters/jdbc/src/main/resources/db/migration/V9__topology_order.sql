-- A community's grid is read in the order it was given, a part at a time (GET …/topology streams it).
CREATE INDEX topology_node_order ON topology_node (community_id, ordinal);
