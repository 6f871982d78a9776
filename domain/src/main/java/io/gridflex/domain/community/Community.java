package io.gridflex.domain.community;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import java.util.List;
import java.util.Optional;

/**
 * A community's own description: key, name, its areas and settings, and what the registry keeps
 * without reading (legal, links, contact, operators, the bundle's metadata and any further fields)
 * as given, so that an export gives back what was imported.
 *
 * @param details legal, links, contact, operators and further community fields, verbatim
 * @param metadata the bundle's metadata (created, updated, updated_by, description), verbatim
 */
public record Community(String key, String name, Optional<String> description, List<Area> areas, Settings settings,
                        Attributes details, Attributes metadata) {

    public Community {
        key = Key.require("community.id", key);
        name = name == null ? key : Require.text("community.name", name, 200);
        Require.present("community.description", description);
        areas = List.copyOf(Require.noNulls("community.areas", areas));
        Require.present("community.settings", settings);
        Require.present("community.details", details);
        Require.present("metadata", metadata);
    }
}
