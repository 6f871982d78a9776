package io.gridflex.domain.sensor;

import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Something measured or forecast on an asset: its unit, the length of its events (zero for
 * instantaneous readings), the time zone its data is shown in, and when its events become known.
 */
public record Sensor(
        SensorId id,
        AssetId assetId,
        String name,
        SensorUnit unit,
        Duration eventResolution,
        ZoneId timezone,
        KnowledgeHorizon knowledgeHorizon,
        Attributes attributes) {

    public static final int MAX_NAME_LENGTH = 120;

    public Sensor {
        Require.present("id", id);
        Require.present("generic_asset_id", assetId);
        name = Require.text("name", name, MAX_NAME_LENGTH);
        Require.present("unit", unit);
        requireResolution(eventResolution);
        Require.present("timezone", timezone);
        Require.present("knowledge_horizon", knowledgeHorizon);
        Require.present("attributes", attributes);
    }

    static void requireResolution(Duration resolution) {
        Require.span("event_resolution", resolution);
        Require.that(!resolution.isNegative(), "event_resolution", "Must not be negative.");
    }

    public boolean isInstantaneous() {
        return eventResolution.isZero();
    }

    public EntityAddress entityAddress(EntityAddress.NamingAuthority authority) {
        return new EntityAddress(authority, id);
    }

    public Sensor changedBy(SensorChanges changes) {
        return new Sensor(id, assetId,
                changes.name().orElse(name),
                changes.unit().orElse(unit),
                changes.eventResolution().orElse(eventResolution),
                changes.timezone().orElse(timezone),
                changes.knowledgeHorizon().orElse(knowledgeHorizon),
                changes.attributes().orElse(attributes));
    }
}
