package io.gridflex.domain.community;

import io.gridflex.domain.invariant.Require;

/**
 * An area of a community: one primary substation of the grid (rec-registry's ADR-0005), whose
 * topology node is the area's root.
 *
 * @param boundaryId the primary substation's id (GSE "cabina primaria" code), also its topology node id
 */
public record Area(String key, String name, String boundaryId) {

    public Area {
        key = Key.require("key", key);
        name = name == null ? key : Require.text("name", name, 200);
        boundaryId = Require.text("boundary.id", boundaryId, 64);
    }
}
