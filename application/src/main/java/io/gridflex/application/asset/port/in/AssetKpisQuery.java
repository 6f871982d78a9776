package io.gridflex.application.asset.port.in;

import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.invariant.Require;
import java.time.Instant;

/** The KPIs of {@code asset} over the events from {@code start} up to {@code end}. */
public record AssetKpisQuery(AssetId asset, Instant start, Instant end) {
    public AssetKpisQuery {
        Require.present("id", asset);
        Require.present("start", start);
        Require.present("end", end);
        Require.that(end.isAfter(start), "end", "Must be after start.");
        Require.span("end", java.time.Duration.between(start, end));
    }
}
