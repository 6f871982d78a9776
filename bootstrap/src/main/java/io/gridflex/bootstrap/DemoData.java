package io.gridflex.bootstrap;

import io.gridflex.application.asset.port.in.RegisterAssetUseCase;
import io.gridflex.application.asset.port.in.UpdateAssetUseCase;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.application.belief.port.in.RecordBeliefsUseCase;
import io.gridflex.application.sensor.port.in.RegisterSensorUseCase;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetChanges;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Something to try the server on, made once with the first admin on the embedded default: a site
 * (asset 1) whose flex-context prices consumption by a day-ahead price sensor (sensor 1, hourly
 * EUR/MWh for yesterday, today and tomorrow) and a battery under it (asset 2) with its power
 * sensor (sensor 2) and a stored flex-model — enough to trigger a schedule at once. Off where an
 * external database is configured ({@code gridflex.demo-data}).
 */
@Singleton
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final AssetTypeId BATTERY = AssetTypeId.of(1);
    private static final AssetTypeId SITE = AssetTypeId.of(5);

    private final RegisterAssetUseCase assets;
    private final UpdateAssetUseCase updates;
    private final RegisterSensorUseCase sensors;
    private final RecordBeliefsUseCase beliefs;
    private final Clock clock;
    private final boolean enabled;

    public DemoData(RegisterAssetUseCase assets, UpdateAssetUseCase updates, RegisterSensorUseCase sensors, RecordBeliefsUseCase beliefs, Clock clock,
                    @Value("${gridflex.demo-data:false}") boolean enabled) {
        this.assets = assets;
        this.updates = updates;
        this.sensors = sensors;
        this.beliefs = beliefs;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Seeds the demo for the first admin, where demo data is on. */
    void seed(User admin) {
        if (!enabled) {
            return;
        }
        Actor actor = Actor.of(admin);
        Asset site = assets.registerAsset(actor, new NewAsset("Demo site", SITE, Optional.of(admin.accountId()), Optional.empty(),
                Coordinates.UNKNOWN, Attributes.NONE, Attributes.NONE, Attributes.NONE));
        Sensor prices = sensors.registerSensor(actor, new NewSensor(site.id(), "day-ahead prices", SensorUnit.of("EUR/MWh"),
                Duration.ofHours(1), ZoneOffset.UTC, KnowledgeHorizon.EX_POST, Attributes.NONE));
        // the flex-context names the price sensor, so it is set once the sensor exists
        updates.updateAsset(actor, site.id(), new AssetChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Attributes.of(Map.of("consumption-price",
                        Map.of("sensor", prices.id().value()), "site-power-capacity", "100 kW"))), Optional.empty()));
        Asset batteryAsset = assets.registerAsset(actor, new NewAsset("Demo battery", BATTERY, Optional.of(admin.accountId()),
                Optional.of(site.id()), Coordinates.UNKNOWN, Attributes.NONE, Attributes.NONE,
                Attributes.of(Map.of("soc-min", "0 kWh", "soc-max", "25 kWh", "power-capacity", "10 kW",
                        "roundtrip-efficiency", "90%"))));
        Sensor battery = sensors.registerSensor(actor, new NewSensor(batteryAsset.id(), "power", SensorUnit.of("kW"),
                Duration.ofMinutes(15), ZoneOffset.UTC, KnowledgeHorizon.EX_POST, Attributes.NONE));
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        List<Double> hourly = new ArrayList<>();
        for (int h = 0; h < 72; h++) {
            double hourOfDay = h % 24;
            hourly.add(Math.round((60 + 35 * Math.sin((hourOfDay - 10) / 24 * 2 * Math.PI)) * 100) / 100.0); // dear evenings
        }
        beliefs.recordBeliefs(actor, new RecordBeliefsCommand(prices.id(), today.minus(Duration.ofDays(1)),
                Span.exact(Duration.ofHours(72)), hourly, SensorUnit.of("EUR/MWh"), Optional.of(clock.instant()), Optional.empty()));
        String example = "{\"start\": \"" + today + "\", \"flex-model\": {\"soc-at-start\": \"12.1 kWh\"}}";
        LOG.info("Demo data: a site with day-ahead prices on sensor {} and a battery (asset {}) with power sensor {}, their "
                + "flex-context and flex-model stored; try POST /api/v3_0/sensors/{}/schedules/trigger with {}", prices.id().value(),
                batteryAsset.id().value(), battery.id().value(), battery.id().value(), example);
    }
}
