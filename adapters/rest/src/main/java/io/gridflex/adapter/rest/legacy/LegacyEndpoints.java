package io.gridflex.adapter.rest.legacy;

import io.gridflex.adapter.rest.flexmeasures.RecordOutcomeAnswer;
import io.gridflex.application.belief.port.in.ReadSensorDataQuery;
import io.gridflex.application.belief.port.in.ReadSensorDataUseCase;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.application.belief.port.in.RecordBeliefsUseCase;
import io.gridflex.application.belief.port.in.RecordOutcome;
import io.gridflex.application.belief.port.in.SensorData;
import io.gridflex.application.sensor.port.in.SensorOnAsset;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the legacy endpoints do with a message, once read: every post becomes record-beliefs
 * commands of the same use case as FlexMeasures v3's (one unit of work for all its connections),
 * every get a read of the same sensor data. Checks run in the order FlexMeasures' validators ran
 * them, so the first fault found is the one FlexMeasures would have named.
 */
@Singleton
class LegacyEndpoints {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final LegacySensors sensors;
    private final RecordBeliefsUseCase record;
    private final ReadSensorDataUseCase read;

    LegacyEndpoints(LegacySensors sensors, RecordBeliefsUseCase record, ReadSensorDataUseCase read) {
        this.sensors = sensors;
        this.record = record;
        this.read = read;
    }

    /** Meter data (measured, after the fact) or a prognosis (ahead of it), both of power. */
    enum PowerData {
        METER_DATA("MeterData"), PROGNOSIS("Prognosis");

        private final String noun;

        PowerData(String noun) {
            this.noun = noun;
        }
    }

    /** Values for one sensor, as posted. */
    private record Target(SensorOnAsset sensor, List<Double> values) {
    }

    // ---- posts

    MutableHttpResponse<Map<String, Object>> postPower(Actor actor, LegacyMessage message, PowerData kind) {
        message.requireType("Post" + kind.noun + "Request");
        SensorUnit unit = powerUnit(message);
        List<List<String>> addresses = message.addressGroups("connection");
        List<List<Double>> values = message.valueGroups();
        Horizon horizon = message.horizon().orElseGet(() -> {
            if (kind == PowerData.PROGNOSIS) {
                throw LegacyStatus.INVALID_HORIZON.refused("Please specify the horizon field using an ISO 8601 duration (such as 'PT24H').");
            }
            return Horizon.AT_EVENT_END;
        });
        if (kind == PowerData.METER_DATA && !horizon.isAfterTheFact()) {
            throw LegacyStatus.INVALID_HORIZON.refused("Meter data must have a zero or negative horizon to indicate observations after the fact.");
        }
        OffsetDateTime start = message.start();
        Span duration = message.duration();
        List<Target> targets = targets(addresses, values, address -> sensors.connection(actor, address));
        requireResolution(targets, start, duration);
        for (Target target : targets) {
            requireSign(target);
        }
        return outcome(record.recordBeliefs(actor, commands(targets, start, duration, unit, horizon, true)));
    }

    MutableHttpResponse<Map<String, Object>> postPrices(Actor actor, LegacyMessage message) {
        message.requireType("PostPriceDataRequest");
        String unitText = message.text("unit").orElseThrow(() -> LegacyStatus.INVALID_UNIT.refused());
        SensorUnit unit = unit(unitText, "Data for price should be given in a currency per energy unit, such as EUR/MWh.");
        List<List<String>> addresses = message.addressGroups("market");
        Horizon horizon = message.horizon().orElse(Horizon.AT_EVENT_END);
        List<List<Double>> values = message.valueGroups();
        OffsetDateTime start = message.start();
        Span duration = message.duration();
        List<Target> targets = targets(addresses, values, address -> sensors.market(actor, address));
        for (Target target : targets) {
            Sensor market = target.sensor().sensor();
            if (!unit.isConvertibleTo(market.unit())) {
                throw LegacyStatus.INVALID_UNIT.refusedWith("Data for " + market.name() + " prices should be given in " + market.unit().symbol() + ".");
            }
        }
        requireResolution(targets, start, duration);
        return outcome(record.recordBeliefs(actor, commands(targets, start, duration, unit, horizon, false)));
    }

    MutableHttpResponse<Map<String, Object>> postWeather(Actor actor, LegacyMessage message) {
        message.requireType("PostWeatherDataRequest");
        String unitText = message.text("unit").orElseThrow(() -> LegacyStatus.INVALID_UNIT.refused());
        List<List<String>> addresses = message.addressGroups("sensor");
        Horizon horizon = message.horizon().orElse(Horizon.AT_EVENT_END);
        List<List<Double>> values = message.valueGroups();
        OffsetDateTime start = message.start();
        Span duration = message.duration();
        for (List<String> group : addresses) {
            for (String address : group) {
                if (LegacyAddress.parse(address) instanceof LegacyAddress.WeatherSensor weather) {
                    WeatherUnits.require(weather.type(), unitText);
                }
            }
        }
        SensorUnit unit = unit(WeatherUnits.canonical(unitText), "Data should be given in a unit gridflex knows.");
        List<Target> targets = targets(addresses, values, address -> sensors.weatherSensor(actor, address));
        for (Target target : targets) {
            Sensor sensor = target.sensor().sensor();
            if (!unit.isConvertibleTo(sensor.unit())) {
                throw LegacyStatus.INVALID_UNIT.refusedWith("Data for " + sensor.name() + " should be given in " + sensor.unit().symbol() + ".");
            }
        }
        requireResolution(targets, start, duration);
        return outcome(record.recordBeliefs(actor, commands(targets, start, duration, unit, horizon, false)));
    }

    /** Addresses and values paired group by group, as FlexMeasures paired them. */
    private static List<Target> targets(List<List<String>> addresses, List<List<Double>> values,
                                        Function<String, SensorOnAsset> resolver) {
        if (addresses.size() != values.size()) {
            throw LegacyStatus.REQUIRED_INFO_MISSING.refusedWith("Missing fields: values - " + addresses.size()
                    + " groups of addresses but " + values.size() + " groups of values.");
        }
        List<Target> targets = new ArrayList<>();
        for (int g = 0; g < addresses.size(); g++) {
            for (String address : addresses.get(g)) {
                targets.add(new Target(resolver.apply(address), values.get(g)));
            }
        }
        return targets;
    }

    /**
     * The values' spacing must be the sensors' resolution or a multiple of it (coarser values are
     * repeated, as FlexMeasures upsampled them), and every sensor of one message must share it.
     */
    private static void requireResolution(List<Target> targets, OffsetDateTime start, Span duration) {
        Sensor first = targets.get(0).sensor().sensor();
        for (Target target : targets) {
            Sensor sensor = target.sensor().sensor();
            if (!sensor.eventResolution().equals(first.eventResolution())) {
                throw LegacyStatus.INVALID_RESOLUTION.refusedWith("Requested assets do not have matching resolutions. "
                        + "Cannot send data for both " + first.name() + " and " + sensor.name() + ".");
            }
        }
        Duration resolution = first.eventResolution();
        if (resolution.isZero()) {
            return;
        }
        Duration length = duration.from(start.toInstant(), first.timezone());
        for (Target target : targets) {
            long n = target.values().size();
            boolean fits = length.toNanos() % n == 0 && (length.toNanos() / n) % resolution.toNanos() == 0;
            if (!fits) {
                throw LegacyStatus.INVALID_RESOLUTION.refused(iso(resolution));
            }
        }
    }

    /** USEF's rule for connections registered as only consuming or only producing. */
    private static void requireSign(Target target) {
        boolean consumer = LegacySensors.flag(target.sensor(), "is_consumer").orElse(false);
        boolean producer = LegacySensors.flag(target.sensor(), "is_producer").orElse(false);
        String address = target.sensor().sensor().name();
        if (consumer && !producer && target.values().stream().anyMatch(v -> v < 0)) {
            throw LegacyStatus.POWER_VALUE_TOO_SMALL.refused("Connection " + address
                    + " is registered as a pure consumer and can only receive non-negative values.");
        }
        if (producer && !consumer && target.values().stream().anyMatch(v -> v > 0)) {
            throw LegacyStatus.POWER_VALUE_TOO_BIG.refused("Connection " + address
                    + " is registered as a pure producer and can only receive non-positive values.");
        }
    }

    /**
     * The commands, one per sensor. A rolling horizon holds each value that long before its event is
     * known; a plain one counts back from the end of the whole period, so every value shares one
     * belief time (the prior). Power values (USEF: consumption positive) are stored as the sensor
     * stores power.
     */
    private static List<RecordBeliefsCommand> commands(List<Target> targets, OffsetDateTime start, Span duration, SensorUnit unit,
                                                       Horizon horizon, boolean power) {
        List<RecordBeliefsCommand> commands = new ArrayList<>();
        for (Target target : targets) {
            Sensor sensor = target.sensor().sensor();
            Instant end = start.toInstant().plus(duration.from(start.toInstant(), sensor.timezone()));
            Optional<Instant> prior = horizon.rolling() ? Optional.empty() : Optional.of(horizon.beliefTimeBefore(end));
            Optional<Duration> perEvent = horizon.rolling() ? Optional.of(horizon.duration()) : Optional.empty();
            boolean flip = power && !LegacySensors.storesConsumptionPositive(target.sensor());
            List<Double> values = target.values().stream().map(v -> flip ? negate(v) : v).toList();
            commands.add(new RecordBeliefsCommand(sensor.id(), start.toInstant(), duration, values, unit, prior, perEvent));
        }
        return commands;
    }

    private static MutableHttpResponse<Map<String, Object>> outcome(RecordOutcome outcome) {
        return RecordOutcomeAnswer.of(outcome);
    }

    // ---- gets

    Map<String, Object> getPower(Actor actor, LegacyMessage message, PowerData kind) {
        message.requireType("Get" + kind.noun + "Request");
        SensorUnit unit = powerUnit(message);
        Set<String> addresses = new LinkedHashSet<>();
        message.addressGroups("connection").forEach(addresses::addAll);
        Set<SourceId> sources = sources(message);
        Optional<Horizon> horizon = message.horizon();
        if (kind == PowerData.METER_DATA && horizon.isPresent() && !horizon.get().isAfterTheFact()) {
            throw LegacyStatus.INVALID_HORIZON.refused("Meter data must have a zero or negative horizon to indicate observations after the fact.");
        }
        Optional<OffsetDateTime> prior = message.prior();
        OffsetDateTime start = message.start();
        Span duration = message.duration();
        if (kind == PowerData.METER_DATA && prior.isPresent()
                && prior.get().toInstant().isBefore(start.toInstant().plus(duration.from(start.toInstant(), start.getOffset())))) {
            throw LegacyStatus.INVALID_HORIZON.refused("Meter data can only be observed after the fact.");
        }
        Optional<Duration> resolution = message.resolution();
        List<SensorOnAsset> connections = addresses.stream().map(address -> sensors.connection(actor, address)).toList();
        if (resolution.isPresent()) {
            for (SensorOnAsset connection : connections) {
                Duration own = connection.sensor().eventResolution();
                if (!own.isZero() && resolution.get().toNanos() % own.toNanos() != 0) {
                    throw LegacyStatus.INVALID_RESOLUTION.refused(iso(own) + " or a multiple hereof.");
                }
            }
        }
        List<List<Double>> series = new ArrayList<>();
        for (SensorOnAsset connection : connections) {
            SensorData data;
            try {
                // meter data are what was known after the fact: FlexMeasures searched horizons of at most zero
                Optional<Duration> atMost = kind == PowerData.METER_DATA ? Optional.of(Duration.ZERO) : Optional.empty();
                data = read.readSensorData(actor, new ReadSensorDataQuery(connection.sensor().id(), start.toInstant(), duration, unit,
                        resolution, prior.map(OffsetDateTime::toInstant), horizon.map(Horizon::duration), atMost, sources));
            } catch (InvalidValueException e) {
                if ("resolution".equals(e.field())) {
                    throw LegacyStatus.INVALID_RESOLUTION.refusedWith(e.getMessage());
                }
                throw e;
            }
            boolean flip = !LegacySensors.storesConsumptionPositive(connection);
            List<Double> values = data.values().stream().map(v -> v == null ? null : flip ? negate(v) : v).toList();
            // FlexMeasures left out events it had no data for: with none at all, the list is empty
            series.add(values.stream().allMatch(java.util.Objects::isNull) ? List.of() : values);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(addresses);
        if (names.size() == 1) {
            answer.put("connection", names.get(0));
            answer.put("values", series.get(0));
        } else {
            List<Map<String, Object>> groups = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("connections", List.of(names.get(i)));
                group.put("values", series.get(i));
                groups.add(group);
            }
            answer.put("groups", groups);
        }
        answer.put("start", START.format(start));
        answer.put("duration", iso(duration));
        answer.put("unit", message.text("unit").orElse(unit.symbol()));
        answer.putAll(processed());
        return answer;
    }

    /** Source ids to read from; FlexMeasures' account-role names match no gridflex source and are passed over. */
    private static Set<SourceId> sources(LegacyMessage message) {
        Set<SourceId> sources = new LinkedHashSet<>();
        for (Object item : message.items("source")) {
            String text = item.toString().strip();
            if (item instanceof Number || text.matches("-?\\d+(\\.0+)?")) {
                long id = (long) Double.parseDouble(text);
                try {
                    sources.add(SourceId.of(id));
                } catch (InvalidValueException e) {
                    throw LegacyStatus.INVALID_SOURCE.refusedWith("The data source is not found: " + text);
                }
            }
        }
        return sources;
    }

    Map<String, Object> getConnection(Actor actor) {
        Map<String, String> connections = sensors.connectionsOf(actor);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("connections", new ArrayList<>(connections.keySet()));
        answer.put("names", new ArrayList<>(connections.values()));
        return answer;
    }

    // ---- shared

    private static SensorUnit powerUnit(LegacyMessage message) {
        String text = message.text("unit").orElseThrow(() -> LegacyStatus.INVALID_UNIT.refusedWith("Data for power should be given in MW."));
        SensorUnit unit = unit(text, "Data for power should be given in MW.");
        if (!unit.isConvertibleTo(LegacySensors.MW)) {
            throw LegacyStatus.INVALID_UNIT.refusedWith("Data for power should be given in MW.");
        }
        return unit;
    }

    private static SensorUnit unit(String text, String refusal) {
        try {
            return SensorUnit.of(text);
        } catch (RuntimeException e) {
            throw LegacyStatus.INVALID_UNIT.refusedWith(refusal);
        }
    }

    private static Map<String, Object> processed() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "PROCESSED");
        answer.put("message", "Request has been processed.");
        return answer;
    }

    private static double negate(double value) {
        return value == 0 ? 0.0 : -value;
    }

    /** A duration as FlexMeasures wrote it: whole days as days ({@code PT24H} is {@code P1D}). */
    static String iso(Duration duration) {
        long seconds = duration.getSeconds();
        StringBuilder text = new StringBuilder("P");
        if (seconds >= 86_400) {
            text.append(seconds / 86_400).append('D');
            seconds %= 86_400;
        }
        if (seconds > 0 || text.length() == 1) {
            text.append('T');
            if (seconds >= 3600) {
                text.append(seconds / 3600).append('H');
            }
            if (seconds % 3600 >= 60) {
                text.append(seconds % 3600 / 60).append('M');
            }
            if (seconds % 60 > 0 || seconds == 0) {
                text.append(seconds % 60).append('S');
            }
        }
        return text.toString();
    }

    private static String iso(Span duration) {
        if (duration.calendar().isZero()) {
            return iso(duration.exact());
        }
        return duration.toString();
    }
}
