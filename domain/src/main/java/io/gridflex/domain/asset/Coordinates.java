package io.gridflex.domain.asset;

import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/** Where an asset is, if known: latitude in [-90, 90], longitude in [-180, 180]. */
public record Coordinates(Optional<Double> latitude, Optional<Double> longitude) {

    public static final Coordinates UNKNOWN = new Coordinates(Optional.empty(), Optional.empty());

    public Coordinates {
        Require.present("latitude", latitude);
        Require.present("longitude", longitude);
        latitude.ifPresent(lat -> requireDegrees("latitude", "Latitude", lat, 90));
        longitude.ifPresent(lon -> requireDegrees("longitude", "Longitude", lon, 180));
    }

    /** Within the range, in the words of FlexMeasures' LatitudeField and LongitudeField. */
    private static void requireDegrees(String field, String name, double value, int limit) {
        Require.that(Double.isFinite(value), field, name + " " + value + " is not a number.");
        Require.that(value >= -limit, field, name + " " + value + " exceeds the minimum " + field + " of -" + limit + " degrees.");
        Require.that(value <= limit, field, name + " " + value + " exceeds the maximum " + field + " of " + limit + " degrees.");
    }
}
