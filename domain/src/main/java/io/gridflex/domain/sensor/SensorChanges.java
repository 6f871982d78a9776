package io.gridflex.domain.sensor;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** A patch of a sensor's descriptive data; its asset and id never change. */
public record SensorChanges(
        Optional<String> name,
        Optional<SensorUnit> unit,
        Optional<Duration> eventResolution,
        Optional<ZoneId> timezone,
        Optional<KnowledgeHorizon> knowledgeHorizon,
        Optional<Attributes> attributes) {

    public SensorChanges {
        name = Require.present("name", name).map(n -> Require.text("name", n, Sensor.MAX_NAME_LENGTH));
        Require.present("unit", unit);
        Require.present("event_resolution", eventResolution).ifPresent(Sensor::requireResolution);
        Require.present("timezone", timezone);
        Require.present("knowledge_horizon", knowledgeHorizon);
        Require.present("attributes", attributes);
    }
}
