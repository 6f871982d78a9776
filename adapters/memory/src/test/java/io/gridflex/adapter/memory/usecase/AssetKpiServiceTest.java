package io.gridflex.adapter.memory.usecase;

import static io.gridflex.adapter.memory.usecase.TestData.aSensor;
import static io.gridflex.adapter.memory.usecase.TestData.anAsset;
import static io.gridflex.adapter.memory.usecase.TestData.at;
import static io.gridflex.adapter.memory.usecase.TestData.somePostedValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal;
import io.gridflex.application.asset.port.in.AssetKpi;
import io.gridflex.application.asset.port.in.AssetKpisQuery;
import io.gridflex.application.asset.service.AssetKpiService;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FlexMeasures' daily KPIs of an asset, computed from the beliefs of the sensors its attribute names. */
class AssetKpiServiceTest {

    private final UseCaseFixture given = new UseCaseFixture();
    private final java.util.concurrent.atomic.AtomicInteger sites = new java.util.concurrent.atomic.AtomicInteger();
    private final AssetKpiService kpis = new AssetKpiService(given.assets, given.sensors, given.beliefs);
    private final Asset site = given.assets.registerAsset(given.admin(), anAsset().named("Site").inAccount(given.acme.id()).build());
    private final Sensor energy = daily("energy", "kWh");
    private final Sensor share = daily("self-consumption", "%");
    private final Sensor peak = daily("peak", "kW");

    private Sensor daily(String name, String unit) {
        return given.sensors.registerSensor(given.admin(), aSensor().on(site.id()).named(name).inUnit(unit)
                .withResolution(Duration.ofDays(1)).build());
    }

    private Asset withKpis(List<Map<String, Object>> entries) {
        return given.assets.registerAsset(given.admin(), anAsset().named("KPI site " + sites.incrementAndGet()).inAccount(given.acme.id())
                .withAttributes(Map.of(AssetKpiService.KPIS_ATTRIBUTE, entries)).build());
    }

    private void days(Sensor sensor, String unit, Double... values) {
        given.beliefs.recordBeliefs(given.admin(), somePostedValues().forSensor(sensor.id()).startingAt("2026-05-01T00:00:00Z")
                .lasting(Duration.ofDays(values.length)).inUnit(unit).withValues(values).build());
    }

    @Test
    void sums_daily_values_by_default_averages_percentages_and_applies_a_named_function() {
        days(energy, "kWh", 1.5, 2.5, 3.0);
        days(share, "%", 40.0, 60.0, 80.0);
        days(peak, "kW", 7.0, 9.0, 8.0);
        Asset asset = withKpis(List.of(Map.of("title", "Energy", "sensor", energy.id().value()),
                Map.of("title", "Self-consumption", "sensor", share.id().value()),
                Map.of("title", "Peak", "sensor", peak.id().value(), "function", "max")));

        List<AssetKpi> figures = kpis.assetKpis(given.as(Principal.MEMBER),
                new AssetKpisQuery(asset.id(), at("2026-05-01T00:00:00Z"), at("2026-05-04T00:00:00Z")));

        assertThat(figures).extracting(AssetKpi::title, AssetKpi::value, AssetKpi::function, k -> k.unit().symbol())
                .containsExactly(tuple("Energy", 7.0, "sum", "kWh"), tuple("Self-consumption", 60.0, "mean", "%"),
                        tuple("Peak", 9.0, "max", "kW"));
    }

    @Test
    void counts_only_the_days_in_the_period_and_answers_zero_without_data() {
        days(energy, "kWh", 1.5, 2.5, 3.0);
        Asset asset = withKpis(List.of(Map.of("title", "Energy", "sensor", energy.id().value()),
                Map.of("sensor", peak.id().value(), "function", "min")));

        List<AssetKpi> figures = kpis.assetKpis(given.admin(),
                new AssetKpisQuery(asset.id(), at("2026-05-02T00:00:00Z"), at("2026-05-03T00:00:00Z")));

        assertThat(figures).extracting(AssetKpi::title, AssetKpi::value).containsExactly(tuple("Energy", 2.5), tuple("peak", 0.0));
    }

    @Test
    void has_no_kpis_without_the_attribute() {
        assertThat(kpis.assetKpis(given.admin(), new AssetKpisQuery(site.id(), at("2026-05-01T00:00:00Z"),
                at("2026-05-02T00:00:00Z")))).isEmpty();
    }

    @Test
    void refuses_who_may_not_read_the_asset_and_a_malformed_attribute() {
        Asset asset = withKpis(List.of(Map.of("title", "Energy", "sensor", energy.id().value())));
        AssetKpisQuery query = new AssetKpisQuery(asset.id(), at("2026-05-01T00:00:00Z"), at("2026-05-02T00:00:00Z"));
        assertThatThrownBy(() -> kpis.assetKpis(given.as(Principal.STRANGER), query)).isInstanceOf(ForbiddenException.class);

        Asset broken = withKpis(List.of(Map.of("title", "No sensor")));
        assertThatThrownBy(() -> kpis.assetKpis(given.admin(), new AssetKpisQuery(broken.id(), at("2026-05-01T00:00:00Z"),
                at("2026-05-02T00:00:00Z")))).isInstanceOf(InvalidValueException.class);
    }
}
