package io.gridflex.domain.community;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * An asset a member brings into the community: PV, storage, a meter, an EV charger, a heat pump or
 * a load, with its type's own properties (capacity_kwp, capacity_kwh, max_power_kw …) and the
 * sensor that measures it — held by at most one active asset (see {@link CommunityRegister}).
 */
public record CommunityAsset(String key, Type type, String name, String owner, Optional<String> sensorId, Attributes properties) {

    public enum Type { PV, STORAGE, METER, EV_CHARGER, HEAT_PUMP, LOAD }

    public CommunityAsset {
        key = Key.require("key", key);
        Require.present("asset_type", type);
        name = name == null ? key : Require.text("name", name, 200);
        owner = Key.require("owner", owner);
        sensorId = Require.present("sensor_id", sensorId).map(String::strip).filter(s -> !s.isEmpty());
        Require.present("properties", properties);
    }
}
