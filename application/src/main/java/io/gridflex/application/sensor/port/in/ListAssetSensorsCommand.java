package io.gridflex.application.sensor.port.in;

import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.application.sensor.query.SensorSortField;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * The sensors directly on one asset, as FlexMeasures' {@code GET /assets/(id)/sensors} asks for them: each search term in
 * the sensor's name, ordered by {@code sortBy} (ties by id), a page of them or all.
 */
public record ListAssetSensorsCommand(AssetId asset, SearchTerms search, SensorSortField sortBy, SortDirection direction,
                                      Optional<PageRequest> page) {

    public ListAssetSensorsCommand {
        Require.present("id", asset);
        Require.present("filter", search);
        Require.present("sort_by", sortBy);
        Require.present("sort_dir", direction);
        Require.present("page", page);
    }

    /** All of them, by id. */
    public static ListAssetSensorsCommand all(AssetId asset) {
        return new ListAssetSensorsCommand(asset, SearchTerms.NONE, SensorSortField.ID, SortDirection.ASC, Optional.empty());
    }
}
