package io.gridflex.domain.sensor;

import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.ZoneId;

/** A sensor about to be registered: everything but the id, which the store assigns. */
public record NewSensor(
        AssetId assetId,
        String name,
        SensorUnit unit,
        Duration eventResolution,
        ZoneId timezone,
        KnowledgeHorizon knowledgeHorizon,
        Attributes attributes) {

    public NewSensor {
        Require.present("generic_asset_id", assetId);
        name = Require.text("name", name, Sensor.MAX_NAME_LENGTH);
        Require.present("unit", unit);
        Sensor.requireResolution(eventResolution);
        Require.present("timezone", timezone);
        Require.present("knowledge_horizon", knowledgeHorizon);
        Require.present("attributes", attributes);
    }

    public Sensor withId(SensorId id) {
        return new Sensor(id, assetId, name, unit, eventResolution, timezone, knowledgeHorizon, attributes);
    }
}
