package io.gridflex.adapter.jdbc.belief;

import io.gridflex.adapter.jdbc.schema.TimescaleSupport;
import io.gridflex.application.belief.port.out.AggregateBeliefsPort;
import io.gridflex.application.belief.port.out.AppendBeliefsPort;
import io.gridflex.application.belief.port.out.BeliefQuery;
import io.gridflex.application.belief.query.BeliefStats;
import io.gridflex.application.belief.port.out.DeleteBeliefsPort;
import io.gridflex.application.belief.port.out.LoadBeliefStatsPort;
import io.gridflex.application.belief.port.out.LoadBeliefsPort;
import io.gridflex.application.belief.port.out.SourcesPort;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.belief.Belief;
import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.sensor.SensorId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Beliefs in one table ({@code timed_belief}, a hypertable where TimescaleDB is present). Writes go
 * in bulk through {@code INSERT … SELECT unnest(arrays)}, one statement per chunk, never row by row:
 * it also works on the single-session TimescaleDB test server, where COPY does not.
 */
@Singleton
@Transactional
public class BeliefsJdbcAdapter implements LoadBeliefsPort, AppendBeliefsPort, DeleteBeliefsPort, LoadBeliefStatsPort, SourcesPort,
        AggregateBeliefsPort {

    static final int CHUNK = 10_000;
    private static final String COLUMNS = "sensor_id, event_start, belief_time, source_id, cumulative_probability, event_value";

    private final JdbcOperations jdbc;
    private final TimescaleSupport timescale;
    private volatile Boolean timeBuckets;

    BeliefsJdbcAdapter(JdbcOperations jdbc, TimescaleSupport timescale) {
        this.jdbc = jdbc;
        this.timescale = timescale;
    }

    /** The WHERE clause of a belief query, and its parameters in order. */
    private record Filter(String where, List<Object> parameters) {
        static Filter of(BeliefQuery query) {
            List<Object> parameters = new ArrayList<>(List.of(query.sensor().value(), at(query.from()), at(query.until())));
            StringBuilder where = new StringBuilder("sensor_id = ? AND event_start >= ? AND event_start < ?");
            query.prior().ifPresent(prior -> {
                where.append(" AND belief_time <= ?");
                parameters.add(at(prior));
            });
            if (!query.sources().isEmpty()) {
                where.append(" AND source_id = ANY(?)");
                parameters.add(query.sources().stream().map(SourceId::value).toArray(Long[]::new));
            }
            return new Filter(where.toString(), parameters);
        }
    }

    @Override
    public Optional<double[]> slotMeansOfSingleSource(BeliefQuery query, EventGrid slots, Duration eventResolution) {
        double[] means = new double[slots.count()];
        Arrays.fill(means, Double.NaN);
        Optional<Series> series = series(query.sensor());
        if (series.isEmpty()) {
            return Optional.of(means);
        }
        Instant origin = slots.start();
        Duration slot = slots.spacing();
        Filter filter = Filter.of(query);
        // Plan for these very bounds: after five runs the driver's prepared statement would get PostgreSQL's generic
        // plan, which cannot know how many of a sensor's rows the window holds and walks the index row by row
        // (a year: 15 ms against 11 ms for the bitmap scan the bounds call for). LOCAL: this transaction only.
        jdbc.prepareStatement("SET LOCAL plan_cache_mode = force_custom_plan", PreparedStatement::execute);
        if (series.get().plain() && !eventResolution.isZero()
                && meansOfGaplessSeries(filter, origin, slot, eventResolution, means)) {
            return Optional.of(means);
        }
        // time_bucket on TimescaleDB, date_bin on plain PostgreSQL: the same buckets [origin + k·slot, …)
        String bucket = usesTimeBuckets() ? "time_bucket(?::interval, event_start, origin => ?::timestamptz)"
                : "date_bin(?::interval, event_start, ?::timestamptz)";
        String sql;
        if (series.get().plain()) {
            // one belief per event, one source, deterministic: every row is the one to average
            // sum / count rather than avg: avg(float8) also accumulates squares, for variances nobody asked for
            sql = "SELECT " + bucket + " AS slot, sum(event_value) / count(*) AS mean, false AS mixed, false AS probabilistic "
                    + "FROM timed_belief WHERE " + filter.where() + " GROUP BY slot";
        } else {
            // Each source's most recent belief per event, in the primary key's order read backwards (no sort).
            // Where the chosen belief is part of a probabilistic one, or two sources meet in a slot, the
            // caller selects in Java instead: the flags say so.
            sql = "SELECT " + bucket + " AS slot, avg(event_value) AS mean, min(source_id) <> max(source_id) AS mixed, "
                    + "bool_or(cumulative_probability <> 0.5) AS probabilistic FROM ("
                    + "SELECT DISTINCT ON (event_start, source_id) event_start, source_id, cumulative_probability, event_value "
                    + "FROM timed_belief WHERE " + filter.where()
                    + " ORDER BY event_start DESC, source_id DESC, belief_time DESC, cumulative_probability DESC"
                    + ") latest GROUP BY slot";
        }
        // One row of two arrays (each slot's start in epoch seconds, and its mean): 8,760 rows of a year cost the
        // driver a millisecond more. date_part answers a float8; extract() a numeric, whose arithmetic cost 1.5 ms.
        sql = "SELECT array_agg(date_part('epoch', slot)), array_agg(mean), coalesce(bool_or(mixed), false), "
                + "coalesce(bool_or(probabilistic), false) FROM (" + sql + ") slots";
        List<Object> parameters = new ArrayList<>(List.of(slot.toString(), at(origin)));
        parameters.addAll(filter.parameters());
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            long originMicros = origin.getEpochSecond() * 1_000_000 + origin.getNano() / 1000;
            long slotMicros = slot.toNanos() / 1000;
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getBoolean(3) || rs.getBoolean(4)) { // two sources met, or a probabilistic belief
                    return Optional.<double[]>empty();
                }
                Array starts = rs.getArray(1);
                if (starts == null) {
                    return Optional.of(means); // nothing in the window
                }
                Double[] epochs = (Double[]) starts.getArray();
                Double[] values = (Double[]) rs.getArray(2).getArray();
                for (int i = 0; i < epochs.length; i++) {
                    long offset = Math.round(epochs[i] * 1_000_000) - originMicros;
                    if (offset >= 0 && offset % slotMicros == 0 && offset / slotMicros < means.length) {
                        means[(int) (offset / slotMicros)] = values[i];
                    }
                }
            }
            return Optional.of(means);
        });
    }

    /**
     * A plain series' means when its events in the window leave no gap: their values in time order, and
     * where the first one starts, place every one (a plain series' events start on its sensor's grid), so
     * that PostgreSQL evaluates no function per row — a year: 7 ms against 12 ms for grouping by
     * {@code date_bin}. False, with {@code means} untouched, when there is a gap: the caller groups in SQL.
     */
    private boolean meansOfGaplessSeries(Filter filter, Instant origin, Duration slot, Duration resolution, double[] means) {
        String sql = "SELECT array_agg(event_value ORDER BY event_start), min(event_start), max(event_start), count(*) "
                + "FROM timed_belief WHERE " + filter.where();
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, filter.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long count = rs.getLong(4);
                if (count == 0) {
                    return true; // nothing in the window: every slot NaN
                }
                Instant first = rs.getObject(2, OffsetDateTime.class).toInstant();
                Instant last = rs.getObject(3, OffsetDateTime.class).toInstant();
                long step = resolution.toNanos();
                long span = Duration.between(first, last).toNanos();
                if (!EventGrid.floor(first, resolution).equals(first) || span % step != 0 || span / step + 1 != count) {
                    return false;
                }
                Double[] values = (Double[]) rs.getArray(1).getArray();
                double[] sums = new double[means.length];
                int[] counts = new int[means.length];
                long offset = Duration.between(origin, first).toNanos();
                long slotNanos = slot.toNanos();
                for (int i = 0; i < values.length; i++, offset += step) {
                    long index = Math.floorDiv(offset, slotNanos);
                    if (index >= 0 && index < means.length) {
                        sums[(int) index] += values[i];
                        counts[(int) index]++;
                    }
                }
                for (int k = 0; k < means.length; k++) {
                    if (counts[k] > 0) {
                        means[k] = sums[k] / counts[k];
                    }
                }
                return true;
            }
        });
    }

    /** What V5's belief_series knows of a sensor's beliefs: none stored when empty. */
    private record Series(SourceId source, boolean plain) {
    }

    private Optional<Series> series(SensorId sensor) {
        return jdbc.prepareStatement("SELECT source_id, plain FROM belief_series WHERE sensor_id = ?", statement -> {
            statement.setLong(1, sensor.value());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new Series(SourceId.of(rs.getLong(1)), rs.getBoolean(2))) : Optional.<Series>empty();
            }
        });
    }

    /**
     * The sensor's series row, created plain with {@code firstSource} where it has none, and locked
     * until the transaction ends: appends to one sensor take turns, so none misses another's beliefs.
     */
    private Series lockSeries(SensorId sensor, SourceId firstSource) {
        return jdbc.prepareStatement("INSERT INTO belief_series (sensor_id, source_id, plain) VALUES (?, ?, true) "
                + "ON CONFLICT (sensor_id) DO UPDATE SET plain = belief_series.plain RETURNING source_id, plain", statement -> {
                    statement.setLong(1, sensor.value());
                    statement.setLong(2, firstSource.value());
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return new Series(SourceId.of(rs.getLong(1)), rs.getBoolean(2));
                    }
                });
    }

    /** Whether a plain series stays plain with {@code appended} stored: their source, deterministic, new events only. */
    private boolean staysPlain(Series series, List<Belief> appended) {
        Set<Instant> events = new HashSet<>();
        for (Belief b : appended) {
            if (!b.source().equals(series.source()) || b.cumulativeProbability() != 0.5 || !events.add(b.eventStart())) {
                return false;
            }
        }
        // the events' range read in index order: cheap where a post covers a stretch of time, as posts do
        // (an array of every event start, "= ANY(?)", took seconds on a large table)
        Instant first = Collections.min(events);
        Instant last = Collections.max(events);
        return jdbc.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM timed_belief WHERE sensor_id = ? AND event_start >= ? "
                + "AND event_start <= ? GROUP BY event_start HAVING count(*) > 1)", statement -> {
                    statement.setLong(1, appended.get(0).sensor().value());
                    statement.setObject(2, at(first));
                    statement.setObject(3, at(last));
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                });
    }

    private boolean usesTimeBuckets() {
        if (timeBuckets == null) {
            timeBuckets = timescale.installed();
        }
        return timeBuckets;
    }

    @Override
    public List<Belief> searchBeliefs(BeliefQuery query) {
        Filter filter = Filter.of(query);
        String where = filter.where();
        List<Object> parameters = filter.parameters();
        String sql = query.mostRecentOnly()
                ? "SELECT " + COLUMNS + " FROM (SELECT *, rank() OVER (PARTITION BY event_start, source_id ORDER BY belief_time DESC) "
                  + "AS recency FROM timed_belief WHERE " + where + ") latest WHERE recency = 1 ORDER BY event_start, belief_time"
                : "SELECT " + COLUMNS + " FROM timed_belief WHERE " + where + " ORDER BY event_start, belief_time";
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<Belief> beliefs = new ArrayList<>();
                while (rs.next()) {
                    beliefs.add(new Belief(SensorId.of(rs.getLong(1)), instant(rs, 2), instant(rs, 3), SourceId.of(rs.getLong(4)),
                            rs.getDouble(5), rs.getDouble(6)));
                }
                return beliefs;
            }
        });
    }

    @Override
    public long appendBeliefs(List<Belief> beliefs, boolean replace) {
        Map<SensorId, List<Belief>> bySensor = new LinkedHashMap<>();
        beliefs.forEach(b -> bySensor.computeIfAbsent(b.sensor(), sensor -> new ArrayList<>()).add(b));
        long written = 0;
        for (Map.Entry<SensorId, List<Belief>> sensor : bySensor.entrySet()) {
            Series series = lockSeries(sensor.getKey(), sensor.getValue().get(0).source());
            written += insert(sensor.getValue(), replace);
            if (series.plain() && !staysPlain(series, sensor.getValue())) {
                jdbc.prepareStatement("UPDATE belief_series SET plain = false WHERE sensor_id = ?", statement -> {
                    statement.setLong(1, sensor.getKey().value());
                    return statement.executeUpdate();
                });
            }
        }
        return written;
    }

    private long insert(List<Belief> beliefs, boolean replace) {
        String sql = "INSERT INTO timed_belief (" + COLUMNS + ") SELECT * FROM unnest(?::bigint[], ?::text[]::timestamptz[], "
                + "?::text[]::timestamptz[], ?::bigint[], ?::float8[], ?::float8[]) "
                + "ON CONFLICT (sensor_id, event_start, source_id, belief_time, cumulative_probability) "
                + (replace ? "DO UPDATE SET event_value = EXCLUDED.event_value" : "DO NOTHING");
        long written = 0;
        for (int from = 0; from < beliefs.size(); from += CHUNK) {
            List<Belief> chunk = beliefs.subList(from, Math.min(beliefs.size(), from + CHUNK));
            written += jdbc.prepareStatement(sql, statement -> {
                Connection connection = statement.getConnection();
                int n = chunk.size();
                Long[] sensors = new Long[n];
                String[] events = new String[n];
                String[] beliefTimes = new String[n];
                Long[] sources = new Long[n];
                Double[] probabilities = new Double[n];
                Double[] values = new Double[n];
                for (int i = 0; i < n; i++) {
                    Belief b = chunk.get(i);
                    sensors[i] = b.sensor().value();
                    events[i] = b.eventStart().toString();
                    beliefTimes[i] = b.beliefTime().toString();
                    sources[i] = b.source().value();
                    probabilities[i] = b.cumulativeProbability();
                    values[i] = b.value();
                }
                Array[] arrays = {connection.createArrayOf("bigint", sensors), connection.createArrayOf("text", events),
                        connection.createArrayOf("text", beliefTimes), connection.createArrayOf("bigint", sources),
                        connection.createArrayOf("float8", probabilities), connection.createArrayOf("float8", values)};
                for (int i = 0; i < arrays.length; i++) {
                    statement.setArray(i + 1, arrays[i]);
                }
                return (long) statement.executeUpdate();
            });
        }
        return written;
    }

    @Override
    public long deleteBeliefs(SensorId sensor) {
        jdbc.prepareStatement("DELETE FROM belief_series WHERE sensor_id = ?", statement -> {
            statement.setLong(1, sensor.value());
            return statement.executeUpdate();
        });
        return jdbc.prepareStatement("DELETE FROM timed_belief WHERE sensor_id = ?", statement -> {
            statement.setLong(1, sensor.value());
            return (long) statement.executeUpdate();
        });
    }

    @Override
    public List<BeliefStats> beliefStats(SensorId sensor) {
        return jdbc.prepareStatement("""
                SELECT source_id, min(event_start), max(event_start), max(belief_time), min(event_value), max(event_value),
                       avg(event_value), sum(event_value), count(*)
                FROM (SELECT source_id, event_start, belief_time, event_value,
                             row_number() OVER (PARTITION BY event_start, source_id
                                                ORDER BY belief_time DESC, abs(cumulative_probability - 0.5)) AS recency
                      FROM timed_belief WHERE sensor_id = ?) latest
                WHERE recency = 1 GROUP BY source_id ORDER BY source_id""", statement -> {
            statement.setLong(1, sensor.value());
            try (ResultSet rs = statement.executeQuery()) {
                List<BeliefStats> stats = new ArrayList<>();
                while (rs.next()) {
                    stats.add(new BeliefStats(SourceId.of(rs.getLong(1)), instant(rs, 2), instant(rs, 3), instant(rs, 4),
                            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getLong(9)));
                }
                return stats;
            }
        });
    }

    @Override
    public DataSource findOrRegisterSource(DataSource.DataSourceDescription d) {
        List<Object> parameters = List.of(d.name(), d.type(), d.model().orElse(""), d.version().orElse(""),
                d.userId().map(UserId::value).orElse(0L));
        jdbc.prepareStatement("INSERT INTO data_source (name, type, model, version, user_id) "
                + "VALUES (?, ?, NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, 0)) ON CONFLICT DO NOTHING", statement -> {
                    bind(statement, parameters);
                    return statement.executeUpdate();
                });
        return jdbc.prepareStatement("SELECT id FROM data_source WHERE name = ? AND type = ? AND COALESCE(model, '') = ? "
                + "AND COALESCE(version, '') = ? AND COALESCE(user_id, 0) = ?", statement -> {
                    bind(statement, parameters);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return new DataSource(SourceId.of(rs.getLong(1)), d);
                    }
                });
    }

    @Override
    public List<DataSource> findSources(Collection<SourceId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("SELECT id, name, type, model, version, user_id FROM data_source WHERE id = ANY(?) ORDER BY id",
                statement -> {
                    statement.setObject(1, ids.stream().map(SourceId::value).toArray(Long[]::new));
                    try (ResultSet rs = statement.executeQuery()) {
                        List<DataSource> sources = new ArrayList<>();
                        while (rs.next()) {
                            long user = rs.getLong(6);
                            sources.add(new DataSource(SourceId.of(rs.getLong(1)), new DataSource.DataSourceDescription(
                                    rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4)),
                                    Optional.ofNullable(rs.getString(5)), user == 0 ? Optional.empty()
                                    : Optional.of(UserId.of(user)))));
                        }
                        return sources;
                    }
                });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
