package io.gridflex.adapter.memory;

import io.gridflex.application.belief.port.out.AggregateBeliefsPort;
import io.gridflex.application.belief.port.out.AppendBeliefsPort;
import io.gridflex.application.belief.port.out.BeliefQuery;
import io.gridflex.application.belief.query.BeliefStats;
import io.gridflex.application.belief.port.out.DeleteBeliefsPort;
import io.gridflex.application.belief.port.out.LoadBeliefStatsPort;
import io.gridflex.application.belief.port.out.LoadBeliefsPort;
import io.gridflex.application.belief.port.out.SourcesPort;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.belief.Belief;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.belief.BeliefSelection;
import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Beliefs and data sources in memory. Beliefs of a sensor the asset store no longer has are
 * gone, as the database's cascade would have them.
 */
public final class InMemoryBeliefStore extends LockedStore<InMemoryBeliefStore.State> implements LoadBeliefsPort, AppendBeliefsPort, DeleteBeliefsPort, LoadBeliefStatsPort,
        SourcesPort, AggregateBeliefsPort {

    private static final Comparator<Belief> ORDER = Comparator.comparing(Belief::eventStart).thenComparing(Belief::beliefTime)
            .thenComparingLong(b -> b.source().value()).thenComparingDouble(Belief::cumulativeProbability);

    record State(Map<SensorId, Map<Belief.Key, Belief>> beliefs, TreeMap<Long, DataSource> sources) {
        State copy() {
            Map<SensorId, Map<Belief.Key, Belief>> beliefsCopy = new HashMap<>();
            beliefs.forEach((sensor, map) -> beliefsCopy.put(sensor, new LinkedHashMap<>(map)));
            return new State(beliefsCopy, new TreeMap<>(sources));
        }
    }

    private final InMemoryAssetStore assets;

    public InMemoryBeliefStore(ReentrantLock sharedLock, InMemoryAssetStore assets) {
        super(sharedLock, new State(new HashMap<>(), new TreeMap<>()));
        this.assets = assets;
    }

    private Map<Belief.Key, Belief> of(SensorId sensor) {
        if (assets.findSensor(sensor).isEmpty()) {
            state.beliefs.remove(sensor);
            return Map.of();
        }
        return state.beliefs.getOrDefault(sensor, Map.of());
    }

    @Override
    public List<Belief> searchBeliefs(BeliefQuery query) {
        return locked(() -> {
            List<Belief> matching = of(query.sensor()).values().stream()
                    .filter(b -> !b.eventStart().isBefore(query.from()) && b.eventStart().isBefore(query.until()))
                    .filter(b -> query.prior().map(p -> !b.beliefTime().isAfter(p)).orElse(true))
                    .filter(b -> query.sources().isEmpty() || query.sources().contains(b.source()))
                    .toList();
            List<Belief> chosen = query.mostRecentOnly() ? BeliefSelection.mostRecent(matching) : matching;
            return chosen.stream().sorted(ORDER).toList();
        });
    }

    @Override
    public Optional<double[]> slotMeansOfSingleSource(BeliefQuery query, EventGrid slots, java.time.Duration eventResolution) {
        Instant origin = slots.start();
        Duration slot = slots.spacing();
        List<Belief> latest = searchBeliefs(new BeliefQuery(query.sensor(), query.from(), query.until(), query.prior(),
                query.sources(), true));
        Map<Instant, Set<SourceId>> sourcesPerSlot = new HashMap<>();
        Map<Instant, Map<Instant, Belief>> perSlotEvent = new TreeMap<>();
        for (Belief belief : latest) {
            Instant bucket = origin.plus(slot.multipliedBy(Math.floorDiv(Duration.between(origin, belief.eventStart()).toNanos(),
                    slot.toNanos())));
            sourcesPerSlot.computeIfAbsent(bucket, b -> new HashSet<>()).add(belief.source());
            perSlotEvent.computeIfAbsent(bucket, b -> new HashMap<>()).merge(belief.eventStart(), belief,
                    (a, b) -> Math.abs(a.cumulativeProbability() - 0.5) <= Math.abs(b.cumulativeProbability() - 0.5) ? a : b);
        }
        if (sourcesPerSlot.values().stream().anyMatch(s -> s.size() > 1)) {
            return Optional.empty();
        }
        double[] means = new double[slots.count()];
        java.util.Arrays.fill(means, Double.NaN);
        perSlotEvent.forEach((bucket, events) -> {
            int index = slots.indexOf(bucket);
            if (index >= 0) {
                means[index] = events.values().stream().mapToDouble(Belief::value).average().orElseThrow();
            }
        });
        return Optional.of(means);
    }

    @Override
    public long appendBeliefs(List<Belief> beliefs, boolean replace) {
        return locked(() -> {
            long written = 0;
            for (Belief belief : beliefs) {
                if (assets.findSensor(belief.sensor()).isEmpty()) {
                    throw new NotFoundException("Sensor " + belief.sensor() + " not found.");
                }
                Map<Belief.Key, Belief> stored = state.beliefs.computeIfAbsent(belief.sensor(), s -> new LinkedHashMap<>());
                if (replace || !stored.containsKey(belief.key())) {
                    stored.put(belief.key(), belief);
                    written++;
                }
            }
            return written;
        });
    }

    @Override
    public long deleteBeliefs(SensorId sensor) {
        return locked(() -> {
            Map<Belief.Key, Belief> removed = state.beliefs.remove(sensor);
            return removed == null ? 0L : (long) removed.size();
        });
    }

    @Override
    public List<BeliefStats> beliefStats(SensorId sensor) {
        return locked(() -> {
            Map<SourceId, List<Belief>> bySource = BeliefSelection.mostRecent(of(sensor).values()).stream()
                    .collect(Collectors.groupingBy(Belief::source, () -> new TreeMap<>(Comparator.comparingLong(SourceId::value)), Collectors.toList()));
            List<BeliefStats> stats = new ArrayList<>();
            bySource.forEach((source, beliefs) -> {
                // one per event: the probability nearest the median
                Map<Instant, Belief> perEvent = beliefs.stream().collect(Collectors.toMap(Belief::eventStart, b -> b,
                        (a, b) -> Math.abs(a.cumulativeProbability() - 0.5) <= Math.abs(b.cumulativeProbability() - 0.5) ? a : b));
                DoubleSummaryStatistics summary = perEvent.values().stream().mapToDouble(Belief::value).summaryStatistics();
                stats.add(new BeliefStats(source,
                        perEvent.keySet().stream().min(Comparator.naturalOrder()).orElseThrow(),
                        perEvent.keySet().stream().max(Comparator.naturalOrder()).orElseThrow(),
                        perEvent.values().stream().map(Belief::beliefTime).max(Comparator.naturalOrder()).orElseThrow(),
                        summary.getMin(), summary.getMax(), summary.getAverage(), summary.getSum(), summary.getCount()));
            });
            return stats;
        });
    }

    @Override
    public DataSource findOrRegisterSource(DataSource.DataSourceDescription description) {
        return locked(() -> state.sources.values().stream().filter(s -> s.description().equals(description)).findFirst()
                .orElseGet(() -> {
                    DataSource source = new DataSource(SourceId.of(state.sources.size() + 1L), description);
                    state.sources.put(source.id().value(), source);
                    return source;
                }));
    }

    @Override
    public List<DataSource> findSources(Collection<SourceId> ids) {
        return locked(() -> ids.stream().distinct().map(id -> state.sources.get(id.value())).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingLong(s -> s.id().value())).toList());
    }

    @Override
    protected State copy(State state) {
        return state.copy();
    }
}
