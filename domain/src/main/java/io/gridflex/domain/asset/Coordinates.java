package io.gridflex.domain.asset;

import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/** Where an asset is, if known: latitude in [-90, 90], longitude in [-180, 180]. */
public record Coordinates(Optional<Double> latitude, Optional<Double> longitude) {

    public static final Coordinates UNKNOWN = new Coordinates(Optional.empty(), Optional.empty());

    public Coordinates {
        Require.present("latitude", latitude);
        Require.present("longitude", longitude);
        latitude.ifPresent(lat -> Require.that(Double.isFinite(lat) && lat >= -90 && lat <= 90, "latitude",
                "Latitude " + lat + " exceeds the minimum latitude of -90 or the maximum of 90."));
        longitude.ifPresent(lon -> Require.that(Double.isFinite(lon) && lon >= -180 && lon <= 180, "longitude",
                "Longitude " + lon + " exceeds the minimum longitude of -180 or the maximum of 180."));
    }
}
