package io.gridflex.domain.community;

import io.gridflex.domain.failure.Reason;

/**
 * Why the registry refuses a community or a request about one (rec-registry's refusal codes,
 * which the registry API spells in lower case: {@code sensor_held}, {@code unknown_area} …), in the
 * order rec-registry lists an import's refusals: member values, area keys, area boundaries, assets,
 * sensors, delivery points.
 */
public enum CommunityReason implements Reason {
    INVALID_ROLE, INVALID_STATUS, UNKNOWN_AREA, INVALID_MEMBER, INVALID_AREA_KEY, INVALID_AREA_BOUNDARY,
    INVALID_TOPOLOGY, INVALID_DELIVERY_POINT, ASSET_KEY_TOO_LONG, INVALID_ASSET, UNKNOWN_OWNER,
    /** A sensor or a delivery point has another active holder ({@link Holdings}); the registry lists these last, sensors first. */
    SENSOR_HELD, DELIVERY_POINT_HELD, INVALID_COMMUNITY, INVALID_SETTINGS, INVALID_BUNDLE,
    /** The community's key is taken and the import did not say {@code force}. */
    COMMUNITY_TAKEN,
    /** The caller holds no active membership. */
    NOT_A_MEMBER,
    /** A user id names active members of several communities. */
    AMBIGUOUS_MEMBER,
    /** A single write's clashes with what is stored (409): a member key or user id taken in the community, a DID taken among active members. */
    MEMBER_KEY_TAKEN, USER_ID_TAKEN, DID_TAKEN,
    /** An asset key another member of the community holds, whatever its status. */
    ASSET_KEY_TAKEN,
    /** A delivery point one of the member's meters still names may not be removed. */
    DELIVERY_POINT_LINKED
}
