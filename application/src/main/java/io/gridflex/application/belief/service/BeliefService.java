package io.gridflex.application.belief.service;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.service.AssetAccess;
import io.gridflex.application.belief.port.in.DeleteSensorDataUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatsUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatusUseCase;
import io.gridflex.application.belief.port.in.ReadSensorDataQuery;
import io.gridflex.application.belief.port.in.ReadSensorDataUseCase;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.application.belief.port.in.RecordBeliefsUseCase;
import io.gridflex.application.belief.port.in.RecordOutcome;
import io.gridflex.application.belief.port.in.SensorData;
import io.gridflex.application.belief.port.in.SourceStats;
import io.gridflex.application.belief.port.out.AggregateBeliefsPort;
import io.gridflex.application.belief.port.out.AppendBeliefsPort;
import io.gridflex.application.belief.port.out.BeliefQuery;
import io.gridflex.application.belief.query.BeliefStats;
import io.gridflex.application.belief.port.out.DeleteBeliefsPort;
import io.gridflex.application.belief.port.out.LoadBeliefStatsPort;
import io.gridflex.application.belief.port.out.LoadBeliefsPort;
import io.gridflex.application.belief.port.out.SourcesPort;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.belief.Belief;
import io.gridflex.domain.belief.BeliefSelection;
import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.belief.Resampling;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.sensor.Staleness;
import io.gridflex.domain.unit.SensorUnit;
import io.gridflex.domain.unit.UnitConversion;
import io.gridflex.domain.invariant.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Posting, reading and deleting sensor data as beliefs, with FlexMeasures' semantics. */
public final class BeliefService implements RecordBeliefsUseCase, ReadSensorDataUseCase, DeleteSensorDataUseCase,
        GetSensorStatsUseCase, GetSensorStatusUseCase {

    /** The most events one request may write or slots it may read: bounds a request's memory. */
    public static final long MAX_EVENTS_PER_REQUEST = 1_000_000;

    private final LoadSensorsPort sensors;
    private final AssetAccess access;
    private final LoadUsersPort users;
    private final SourcesPort sources;
    private final LoadBeliefsPort loadBeliefs;
    private final AppendBeliefsPort appendBeliefs;
    private final DeleteBeliefsPort deleteBeliefs;
    private final LoadBeliefStatsPort stats;
    private final AggregateBeliefsPort aggregate;
    private final TransactionPort transactions;
    private final Clock clock;
    private final boolean allowReplacements;

    public BeliefService(LoadSensorsPort sensors, LoadAssetsPort assets, LoadAccountsPort accounts, LoadUsersPort users,
                         SourcesPort sources, LoadBeliefsPort loadBeliefs, AppendBeliefsPort appendBeliefs,
                         DeleteBeliefsPort deleteBeliefs, LoadBeliefStatsPort stats, AggregateBeliefsPort aggregate,
                         TransactionPort transactions, Clock clock, boolean allowReplacements) {
        this.sensors = sensors;
        this.access = new AssetAccess(assets, accounts);
        this.users = users;
        this.sources = sources;
        this.loadBeliefs = loadBeliefs;
        this.appendBeliefs = appendBeliefs;
        this.deleteBeliefs = deleteBeliefs;
        this.stats = stats;
        this.aggregate = aggregate;
        this.transactions = transactions;
        this.clock = clock;
        this.allowReplacements = allowReplacements;
    }

    @Override
    public RecordOutcome recordBeliefs(Actor actor, RecordBeliefsCommand command) {
        return recordBeliefs(actor, List.of(command));
    }

    @Override
    public RecordOutcome recordBeliefs(Actor actor, List<RecordBeliefsCommand> commands) {
        Require.that(!commands.isEmpty(), "values", "At least one sensor's values are needed.");
        // every command is checked (sensor, permission, unit, size) before anything is written
        List<Posted> posted = commands.stream().map(command -> posted(actor, command)).toList();
        User poster = users.findUser(actor.userId()).orElseThrow(() -> new NotFoundException("User " + actor.userId() + " not found."));
        Instant now = clock.instant();
        try {
            return transactions.inTransaction(() -> {
                DataSource source = sources.findOrRegisterSource(DataSource.DataSourceDescription.ofUser(poster.id(), poster.username()));
                long stored = 0;
                for (Posted one : posted) {
                    List<Belief> beliefs = one.beliefs(source, now);
                    if (beliefs.isEmpty()) {
                        continue;
                    }
                    RecordOutcome outcome = storeChanged(one.sensor(), source, beliefs);
                    if (outcome instanceof RecordOutcome.ReplacementRefused) {
                        throw new Refused(outcome); // rolls back what was stored for the sensors before
                    }
                    if (outcome instanceof RecordOutcome.Recorded recorded) {
                        stored += recorded.stored();
                    }
                }
                return stored == 0 ? new RecordOutcome.AlreadyKnown() : new RecordOutcome.Recorded(stored);
            });
        } catch (Refused refused) {
            return refused.outcome;
        }
    }

    /** Carries a refused replacement out of the transaction, so that nothing of it is kept. */
    private static final class Refused extends RuntimeException {
        private final transient RecordOutcome outcome;

        Refused(RecordOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** One sensor's values, checked and in the sensor's unit and resolution, with the rule for their belief times. */
    private record Posted(Sensor sensor, Map<Instant, Double> events, RecordBeliefsCommand command) {

        List<Belief> beliefs(DataSource source, Instant now) {
            List<Belief> beliefs = new ArrayList<>(events.size());
            events.forEach((eventStart, value) -> {
                if (value != null) {
                    Instant beliefTime = command.prior()
                            .or(() -> command.horizon().map(h -> sensor.knowledgeHorizon()
                                    .knowledgeTime(eventStart, sensor.eventResolution()).minus(h)))
                            .orElse(now);
                    beliefs.add(Belief.deterministic(sensor.id(), eventStart, beliefTime, source.id(), value));
                }
            });
            return beliefs;
        }
    }

    private Posted posted(Actor actor, RecordBeliefsCommand command) {
        Sensor sensor = sensors.findSensor(command.sensor())
                .orElseThrow(() -> NotFoundException.of(NotFoundException.Subject.SENSOR, command.sensor().value(), "Sensor " + command.sensor() + " not found"));
        access.extendable(actor, sensor.assetId()); // posting data is creating children of the sensor's asset
        Duration resolution = sensor.eventResolution();
        Instant start = EventGrid.floor(command.start(), resolution);
        Duration duration = command.duration().from(command.start(), sensor.timezone());
        EventGrid grid = EventGrid.spread(start, duration, command.values().size());
        if (!resolution.isZero() && duration.toNanos() / resolution.toNanos() > MAX_EVENTS_PER_REQUEST) {
            throw new InvalidValueException("duration", "A duration of " + duration + " makes more than "
                    + MAX_EVENTS_PER_REQUEST + " events of " + resolution + " in one request.");
        }
        DoubleUnaryOperator toSensorUnit = conversion(command.unit(), sensor.unit(), grid.spacing(),
                "Required unit for this sensor is " + sensor.unit() + ", got incompatible unit: " + command.unit() + ".");
        List<Double> converted = command.values().stream()
                .map(v -> v == null ? null : toSensorUnit.applyAsDouble(v)).toList();
        return new Posted(sensor, Resampling.toSensorResolution(grid, converted, resolution), command);
    }

    /** Leaves out what is known already; refuses a changed value at a stored key unless replacements are allowed. */
    private RecordOutcome storeChanged(Sensor sensor, DataSource source, List<Belief> beliefs) {
        Instant from = beliefs.stream().map(Belief::eventStart).min(Instant::compareTo).orElseThrow();
        // stores keep microseconds: one microsecond past the last event includes it
        Instant until = beliefs.stream().map(Belief::eventStart).max(Instant::compareTo).orElseThrow().plus(1, ChronoUnit.MICROS);
        Map<Instant, TreeMap<Instant, Belief>> stored = new HashMap<>(); // event → belief time → belief (of p = 0.5)
        for (Belief belief : loadBeliefs.searchBeliefs(new BeliefQuery(sensor.id(), from, until, Optional.empty(),
                Set.of(source.id()), false))) {
            if (belief.cumulativeProbability() == Belief.DETERMINISTIC) {
                stored.computeIfAbsent(belief.eventStart(), e -> new TreeMap<>()).put(belief.beliefTime(), belief);
            }
        }
        List<Belief> fresh = new ArrayList<>();
        for (Belief belief : beliefs) {
            TreeMap<Instant, Belief> known = stored.getOrDefault(belief.eventStart(), new TreeMap<>());
            Belief sameKey = known.get(belief.beliefTime());
            if (sameKey != null && sameKey.value() != belief.value() && !allowReplacements) {
                return new RecordOutcome.ReplacementRefused("A different value for " + belief.eventStart() + " held at "
                        + belief.beliefTime() + " by " + source.name() + " is stored already (" + sameKey.value()
                        + "); replacing data is not allowed.");
            }
            var latestBefore = known.floorEntry(belief.beliefTime());
            boolean unchanged = latestBefore != null && latestBefore.getValue().value() == belief.value();
            if (!unchanged) {
                fresh.add(belief);
            }
        }
        if (fresh.isEmpty()) {
            return new RecordOutcome.AlreadyKnown();
        }
        long written = appendBeliefs.appendBeliefs(fresh, allowReplacements);
        return written == 0 ? new RecordOutcome.AlreadyKnown() : new RecordOutcome.Recorded(written);
    }

    @Override
    public SensorData readSensorData(Actor actor, ReadSensorDataQuery query) {
        // one transaction for the whole read: one connection, one begin and commit, one snapshot
        return transactions.inTransaction(() -> read(actor, query));
    }

    private SensorData read(Actor actor, ReadSensorDataQuery query) {
        Sensor sensor = readable(actor, query.sensor());
        Duration duration = query.duration().from(query.start(), sensor.timezone());
        Duration resolution = query.resolution().orElseGet(() -> sensor.isInstantaneous()
                ? instantaneousDefault(duration) : sensor.eventResolution());
        if (duration.toNanos() % resolution.toNanos() != 0) {
            throw new InvalidValueException("resolution", "A duration of " + duration
                    + " does not divide into slots of " + resolution + ".");
        }
        long slotCount = duration.toNanos() / resolution.toNanos();
        if (slotCount > MAX_EVENTS_PER_REQUEST) {
            throw new InvalidValueException("resolution", "A duration of " + duration + " at " + resolution
                    + " makes more than " + MAX_EVENTS_PER_REQUEST + " values in one answer.");
        }
        int slots = (int) slotCount;
        EventGrid grid = new EventGrid(query.start(), resolution, slots);
        DoubleUnaryOperator toUnit = conversion(sensor.unit(), query.unit(), resolution,
                "The sensor's unit " + sensor.unit() + " cannot be converted to " + query.unit() + ".");

        Instant from = EventGrid.floor(query.start(), sensor.eventResolution());
        boolean horizonBound = query.horizon().isPresent() || query.maxHorizon().isPresent();
        if (downsamples(sensor, resolution) && !horizonBound) {
            Optional<double[]> means = aggregate.slotMeansOfSingleSource(new BeliefQuery(sensor.id(), from,
                    grid.end(), query.prior(), query.sources(), true), grid, sensor.eventResolution());
            if (means.isPresent()) {
                Double[] values = new Double[slots];
                double[] slotMeans = means.get();
                for (int j = 0; j < slots; j++) {
                    if (!Double.isNaN(slotMeans[j])) {
                        values[j] = toUnit.applyAsDouble(slotMeans[j]);
                    }
                }
                return new SensorData(query.start(), duration, query.unit(), resolution, Arrays.asList(values));
            }
        }
        List<Belief> found = loadBeliefs.searchBeliefs(new BeliefQuery(sensor.id(), from, grid.end(), query.prior(),
                query.sources(), !horizonBound));
        if (horizonBound) {
            found = BeliefSelection.mostRecent(found.stream().filter(b -> {
                Instant known = sensor.knowledgeHorizon().knowledgeTime(b.eventStart(), sensor.eventResolution());
                return query.horizon().map(least -> !b.beliefTime().isAfter(known.minus(least))).orElse(true)
                        && query.maxHorizon().map(most -> !b.beliefTime().isBefore(known.minus(most))).orElse(true);
            }).toList());
        }
        Map<SourceId, Optional<String>> versions = sources.findSources(found.stream().map(Belief::source).distinct().toList())
                .stream().collect(Collectors.toMap(DataSource::id, DataSource::version));
        List<Double> values = Resampling.toSlots(BeliefSelection.oneDeterministicPerEvent(found, versions), grid,
                sensor.eventResolution());
        return new SensorData(query.start(), duration, query.unit(), resolution,
                values.stream().map(v -> v == null ? null : toUnit.applyAsDouble(v)).toList());
    }

    /** Whether a read averages whole events into longer slots: what the store can aggregate itself. */
    private static boolean downsamples(Sensor sensor, Duration slot) {
        Duration resolution = sensor.eventResolution();
        return !resolution.isZero() && slot.compareTo(resolution) > 0 && slot.toNanos() % resolution.toNanos() == 0;
    }

    /** FlexMeasures' default slot for reading an instantaneous sensor, by the length of the period read. */
    static Duration instantaneousDefault(Duration period) {
        if (period.compareTo(Duration.ofHours(8)) <= 0) {
            return Duration.ofMinutes(5);
        }
        if (period.compareTo(Duration.ofHours(48)) <= 0) {
            return Duration.ofMinutes(15);
        }
        if (period.compareTo(Duration.ofDays(14)) <= 0) {
            return Duration.ofHours(1);
        }
        if (period.compareTo(Duration.ofDays(16 * 7)) <= 0) {
            return Duration.ofHours(24);
        }
        return Duration.ofHours(168);
    }

    @Override
    public long deleteSensorData(Actor actor, SensorId sensorId) {
        Sensor sensor = readable(actor, sensorId);
        access.deletable(actor, sensor.assetId());
        return transactions.inTransaction(() -> deleteBeliefs.deleteBeliefs(sensorId));
    }

    @Override
    public List<SourceStats> sensorStats(Actor actor, SensorId sensorId) {
        readable(actor, sensorId);
        List<BeliefStats> perSource = stats.beliefStats(sensorId);
        Map<SourceId, DataSource> known = sources.findSources(perSource.stream().map(BeliefStats::source).toList()).stream()
                .collect(Collectors.toMap(DataSource::id, Function.identity()));
        return perSource.stream().filter(s -> known.containsKey(s.source()))
                .map(s -> new SourceStats(known.get(s.source()), s)).toList();
    }

    @Override
    public List<SourceTypeStatus> sensorStatus(Actor actor, SensorId sensorId) {
        Sensor sensor = readable(actor, sensorId);
        Instant now = clock.instant();
        Map<String, Instant> latestPerType = new TreeMap<>();
        for (SourceStats s : sensorStats(actor, sensorId)) {
            latestPerType.merge(s.source().type(), s.stats().lastEventStart(), (a, b) -> a.isAfter(b) ? a : b);
        }
        if (latestPerType.isEmpty()) {
            return List.of(new SourceTypeStatus(Optional.empty(), Staleness.of(sensor, Optional.empty(), now)));
        }
        List<SourceTypeStatus> statuses = new ArrayList<>();
        latestPerType.forEach((type, latest) ->
                statuses.add(new SourceTypeStatus(Optional.of(type), Staleness.of(sensor, Optional.of(latest), now))));
        return statuses;
    }

    private Sensor readable(Actor actor, SensorId id) {
        Sensor sensor = sensors.findSensor(id).orElseThrow(() -> NotFoundException.of(NotFoundException.Subject.SENSOR, id.value(), "Sensor " + id + " not found"));
        access.readable(actor, sensor.assetId());
        return sensor;
    }

    private static DoubleUnaryOperator conversion(SensorUnit from, SensorUnit to, Duration slot, String refusal) {
        return UnitConversion.between(from, to, slot).orElseThrow(() -> new InvalidValueException("unit", refusal));
    }
}
