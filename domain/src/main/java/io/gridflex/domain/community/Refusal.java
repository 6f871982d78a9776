package io.gridflex.domain.community;

import io.gridflex.domain.invariant.Require;
import java.util.Locale;

/**
 * Why the registry refuses a community, with the machine-readable code its clients branch on
 * (rec-registry's refusal codes: {@code sensor_held}, {@code unknown_area} …) and a detail naming
 * the member, asset or area of the bundle at fault.
 */
public record Refusal(Code code, String detail) {

    public enum Code {
        INVALID_ROLE, INVALID_STATUS, UNKNOWN_AREA, INVALID_MEMBER, INVALID_AREA_KEY, INVALID_AREA_BOUNDARY,
        INVALID_TOPOLOGY, INVALID_DELIVERY_POINT, DELIVERY_POINT_HELD, ASSET_KEY_TOO_LONG, INVALID_ASSET, UNKNOWN_OWNER,
        SENSOR_HELD, INVALID_COMMUNITY, INVALID_SETTINGS, INVALID_BUNDLE;

        /** As clients read it: {@code sensor_held}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Refusal {
        Require.present("code", code);
        Require.present("detail", detail);
    }
}
