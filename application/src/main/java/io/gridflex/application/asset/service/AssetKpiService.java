package io.gridflex.application.asset.service;

import io.gridflex.application.asset.port.in.AssetDetails;
import io.gridflex.application.asset.port.in.AssetKpi;
import io.gridflex.application.asset.port.in.AssetKpisQuery;
import io.gridflex.application.asset.port.in.GetAssetKpisUseCase;
import io.gridflex.application.asset.port.in.GetAssetUseCase;
import io.gridflex.application.belief.port.in.ReadSensorDataQuery;
import io.gridflex.application.belief.port.in.ReadSensorDataUseCase;
import io.gridflex.application.belief.port.in.SensorData;
import io.gridflex.application.sensor.port.in.GetSensorUseCase;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An asset's KPIs from its sensors' beliefs, as FlexMeasures computes them: for each entry of the
 * attribute {@code sensors_to_show_as_kpis} ({@code {"title", "sensor", "function"?}}), the
 * sensor's values over the period (one per event: the most recent belief, the read path's
 * selection), summed — or their mean, max or min where the entry says so, and their mean by
 * default for a sensor in %. The sensors are meant to have a daily resolution (one value per day);
 * the figure is taken over whatever events the sensor has.
 */
public final class AssetKpiService implements GetAssetKpisUseCase {

    /** The asset attribute that lists the KPIs. */
    public static final String KPIS_ATTRIBUTE = "sensors_to_show_as_kpis";

    private final GetAssetUseCase assets;
    private final GetSensorUseCase sensors;
    private final ReadSensorDataUseCase data;

    public AssetKpiService(GetAssetUseCase assets, GetSensorUseCase sensors, ReadSensorDataUseCase data) {
        this.assets = Objects.requireNonNull(assets);
        this.sensors = Objects.requireNonNull(sensors);
        this.data = Objects.requireNonNull(data);
    }

    @Override
    public List<AssetKpi> assetKpis(Actor actor, AssetKpisQuery query) {
        AssetDetails asset = assets.getAsset(actor, query.asset());
        List<AssetKpi> kpis = new ArrayList<>();
        for (Entry entry : entries(asset.asset().attributes().values().get(KPIS_ATTRIBUTE))) {
            Sensor sensor = sensors.getSensor(actor, entry.sensor());
            String function = entry.function().orElse(sensor.unit().symbol().equals("%") ? "mean" : "sum");
            Optional<Duration> resolution = sensor.isInstantaneous() ? Optional.empty() : Optional.of(sensor.eventResolution());
            SensorData values = data.readSensorData(actor, new ReadSensorDataQuery(sensor.id(), query.start(),
                    Span.exact(Duration.between(query.start(), query.end())), sensor.unit(), resolution, Optional.empty(),
                    Optional.empty(), Set.of()));
            kpis.add(new AssetKpi(entry.title().orElse(sensor.name()), sensor.id(), sensor.unit(), figure(function, values.values()),
                    function));
        }
        return kpis;
    }

    /** FlexMeasures' choice: mean, max, min by name, anything else sums; no values make 0. */
    static double figure(String function, List<Double> values) {
        var known = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).summaryStatistics();
        if (known.getCount() == 0) {
            return 0;
        }
        return switch (function) {
            case "mean" -> known.getAverage();
            case "max" -> known.getMax();
            case "min" -> known.getMin();
            default -> known.getSum();
        };
    }

    private record Entry(SensorId sensor, Optional<String> title, Optional<String> function) {
    }

    private static List<Entry> entries(Object attribute) {
        if (attribute == null) {
            return List.of();
        }
        if (!(attribute instanceof List<?> list)) {
            throw new InvalidValueException(KPIS_ATTRIBUTE, "Must be a list of {\"title\", \"sensor\", \"function\"} objects.");
        }
        List<Entry> entries = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("sensor") instanceof Number sensor)) {
                throw new InvalidValueException(KPIS_ATTRIBUTE, "Each entry needs a sensor id: " + item + ".");
            }
            entries.add(new Entry(SensorId.of(sensor.longValue()), text(map.get("title")), text(map.get("function"))));
        }
        return entries;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
