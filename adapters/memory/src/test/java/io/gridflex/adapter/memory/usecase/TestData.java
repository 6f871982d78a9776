package io.gridflex.adapter.memory.usecase;

import io.gridflex.application.belief.port.in.ReadSensorDataQuery;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetChanges;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.SensorChanges;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test-data builders with sensible defaults (after buckpal's {@code AccountTestData}): a test
 * names only what its behaviour depends on, e.g.
 * {@code anAsset().named("Battery").inAccount(acme.id()).build()}.
 */
final class TestData {

    /** The seeded asset type "battery". */
    static final AssetTypeId BATTERY = AssetTypeId.of(1);
    /** The seeded asset type "site". */
    static final AssetTypeId SITE = AssetTypeId.of(5);

    private TestData() {
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    // --- assets ---

    /** A public battery named "Battery" without parent, coordinates or attributes. */
    static AssetBuilder anAsset() {
        return new AssetBuilder();
    }

    static final class AssetBuilder {
        private String name = "Battery";
        private AssetTypeId type = BATTERY;
        private Optional<AccountId> account = Optional.empty();
        private Optional<AssetId> parent = Optional.empty();
        private Attributes flexContext = Attributes.NONE;
        private Attributes flexModel = Attributes.NONE;
        private Attributes attributes = Attributes.NONE;

        AssetBuilder named(String name) {
            this.name = name;
            return this;
        }

        AssetBuilder ofType(AssetTypeId type) {
            this.type = type;
            return this;
        }

        AssetBuilder inAccount(AccountId account) {
            this.account = Optional.of(account);
            return this;
        }

        AssetBuilder under(AssetId parent) {
            this.parent = Optional.of(parent);
            return this;
        }

        AssetBuilder withFlexContext(Map<String, ?> flexContext) {
            this.flexContext = Attributes.of(flexContext);
            return this;
        }

        AssetBuilder withFlexModel(Map<String, ?> flexModel) {
            this.flexModel = Attributes.of(flexModel);
            return this;
        }

        AssetBuilder withAttributes(Map<String, ?> attributes) {
            this.attributes = Attributes.of(attributes);
            return this;
        }

        NewAsset build() {
            return new NewAsset(name, type, account, parent, Coordinates.UNKNOWN, attributes, flexContext, flexModel);
        }
    }

    /** A patch that changes nothing until told what. */
    static AssetChangesBuilder anAssetChange() {
        return new AssetChangesBuilder();
    }

    static final class AssetChangesBuilder {
        private Optional<String> name = Optional.empty();
        private Optional<Optional<AssetId>> parent = Optional.empty();
        private Optional<Optional<Double>> latitude = Optional.empty();
        private Optional<Attributes> flexContext = Optional.empty();

        AssetChangesBuilder renamedTo(String name) {
            this.name = Optional.of(name);
            return this;
        }

        AssetChangesBuilder movedUnder(AssetId parent) {
            this.parent = Optional.of(Optional.of(parent));
            return this;
        }

        AssetChangesBuilder withLatitude(double latitude) {
            this.latitude = Optional.of(Optional.of(latitude));
            return this;
        }

        AssetChangesBuilder withFlexContext(Map<String, ?> flexContext) {
            this.flexContext = Optional.of(Attributes.of(flexContext));
            return this;
        }

        AssetChanges build() {
            return new AssetChanges(name, Optional.empty(), parent, latitude, Optional.empty(), Optional.empty(), flexContext,
                    Optional.empty());
        }
    }

    // --- sensors ---

    /** A sensor "power" in kW at 15 minutes in UTC, known when each event ends; give it an asset with {@code on}. */
    static SensorBuilder aSensor() {
        return new SensorBuilder();
    }

    static final class SensorBuilder {
        private AssetId asset;
        private String name = "power";
        private String unit = "kW";
        private Duration resolution = Duration.ofMinutes(15);
        private ZoneId timezone = ZoneId.of("UTC");
        private KnowledgeHorizon knowledgeHorizon = KnowledgeHorizon.EX_POST;

        SensorBuilder on(AssetId asset) {
            this.asset = asset;
            return this;
        }

        SensorBuilder named(String name) {
            this.name = name;
            return this;
        }

        SensorBuilder inUnit(String unit) {
            this.unit = unit;
            return this;
        }

        SensorBuilder withResolution(Duration resolution) {
            this.resolution = resolution;
            return this;
        }

        SensorBuilder inTimezone(String zone) {
            this.timezone = ZoneId.of(zone);
            return this;
        }

        SensorBuilder knownAsOf(KnowledgeHorizon knowledgeHorizon) {
            this.knowledgeHorizon = knowledgeHorizon;
            return this;
        }

        NewSensor build() {
            return new NewSensor(asset, name, SensorUnit.of(unit), resolution, timezone, knowledgeHorizon, Attributes.NONE);
        }
    }

    /** A sensor patch that changes nothing until told what. */
    static SensorChangesBuilder aSensorChange() {
        return new SensorChangesBuilder();
    }

    static final class SensorChangesBuilder {
        private Optional<String> name = Optional.empty();
        private Optional<SensorUnit> unit = Optional.empty();

        SensorChangesBuilder renamedTo(String name) {
            this.name = Optional.of(name);
            return this;
        }

        SensorChangesBuilder inUnit(String unit) {
            this.unit = Optional.of(SensorUnit.of(unit));
            return this;
        }

        SensorChanges build() {
            return new SensorChanges(name, unit, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    // --- beliefs ---

    /**
     * Values 1, 2, 3, 4 in kW over one hour from 2026-01-01T00:00Z, held now (the clock's time);
     * give it a sensor with {@code forSensor}.
     */
    static BeliefsBuilder somePostedValues() {
        return new BeliefsBuilder();
    }

    static final class BeliefsBuilder {
        private SensorId sensor;
        private Instant start = at("2026-01-01T00:00:00Z");
        private Duration duration = Duration.ofHours(1);
        private List<Double> values = List.of(1.0, 2.0, 3.0, 4.0);
        private String unit = "kW";
        private Optional<Instant> prior = Optional.empty();
        private Optional<Duration> horizon = Optional.empty();

        BeliefsBuilder forSensor(SensorId sensor) {
            this.sensor = sensor;
            return this;
        }

        BeliefsBuilder startingAt(String start) {
            this.start = at(start);
            return this;
        }

        BeliefsBuilder lasting(Duration duration) {
            this.duration = duration;
            return this;
        }

        BeliefsBuilder withValues(Double... values) {
            this.values = Arrays.asList(values);
            return this;
        }

        BeliefsBuilder inUnit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Held at this belief time. */
        BeliefsBuilder heldAt(String prior) {
            this.prior = Optional.of(at(prior));
            return this;
        }

        /** Held this long before each event's knowledge time. */
        BeliefsBuilder withHorizon(Duration horizon) {
            this.horizon = Optional.of(horizon);
            return this;
        }

        RecordBeliefsCommand build() {
            return new RecordBeliefsCommand(sensor, start, Span.exact(duration), values, SensorUnit.of(unit), prior, horizon);
        }
    }

    /**
     * A read of one hour from 2026-01-01T00:00Z in kW at the sensor's resolution, of the latest
     * beliefs of any source; give it a sensor with {@code ofSensor}.
     */
    static ReadBuilder aRead() {
        return new ReadBuilder();
    }

    static final class ReadBuilder {
        private SensorId sensor;
        private Instant start = at("2026-01-01T00:00:00Z");
        private Duration duration = Duration.ofHours(1);
        private String unit = "kW";
        private Optional<Duration> resolution = Optional.empty();
        private Optional<Instant> prior = Optional.empty();
        private Optional<Duration> horizon = Optional.empty();
        private Optional<Duration> maxHorizon = Optional.empty();
        private Set<SourceId> sources = Set.of();

        ReadBuilder ofSensor(SensorId sensor) {
            this.sensor = sensor;
            return this;
        }

        ReadBuilder startingAt(String start) {
            this.start = at(start);
            return this;
        }

        ReadBuilder lasting(Duration duration) {
            this.duration = duration;
            return this;
        }

        ReadBuilder inUnit(String unit) {
            this.unit = unit;
            return this;
        }

        ReadBuilder atResolution(Duration resolution) {
            this.resolution = Optional.of(resolution);
            return this;
        }

        /** Only beliefs held at or before this time. */
        ReadBuilder prior(String prior) {
            this.prior = Optional.of(at(prior));
            return this;
        }

        /** Only beliefs held at least this long before each event's knowledge time. */
        ReadBuilder withHorizon(Duration horizon) {
            this.horizon = Optional.of(horizon);
            return this;
        }

        /** Only beliefs held at most this long before each event's knowledge time (zero: after the fact). */
        ReadBuilder withHorizonAtMost(Duration maxHorizon) {
            this.maxHorizon = Optional.of(maxHorizon);
            return this;
        }

        ReadBuilder fromSources(SourceId... sources) {
            this.sources = Set.of(sources);
            return this;
        }

        ReadSensorDataQuery build() {
            return new ReadSensorDataQuery(sensor, start, Span.exact(duration), SensorUnit.of(unit), resolution, prior, horizon,
                    maxHorizon, sources);
        }
    }
}
