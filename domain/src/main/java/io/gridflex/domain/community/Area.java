package io.gridflex.domain.community;

import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.invariant.Require;

/**
 * An area of a community: one primary substation of the grid (rec-registry's ADR-0005), whose
 * topology node is the area's root.
 *
 * @param boundaryId the primary substation's id (GSE "cabina primaria" code), also its topology node id
 */
public record Area(String key, String name, String boundaryId, Coordinates location) {

    public static final String BOUNDARY_SOURCE = "gse_cabine_primarie";

    public Area {
        key = Key.require("key", key);
        name = name == null ? key : Require.text("name", name, 200);
        boundaryId = Require.text("boundary.id", boundaryId, 64);
        Require.present("location", location);
    }

    public Area(String key, String name, String boundaryId) {
        this(key, name, boundaryId, Coordinates.UNKNOWN);
    }

    /** Whether a text is an area key: letters, digits, '-' and '_', starting with a letter or digit, at most 128. */
    public static boolean isKey(String key) {
        return Key.isKey(key);
    }
}
