package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.unit.SensorUnit;
import io.gridflex.domain.unit.UnitCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules an uploaded file's rows follow — one set for CSV and Excel alike, FlexMeasures' rules
 * (its {@code SensorDataFileSchema} over timely-beliefs' {@code read_csv}):
 * <ol>
 * <li>Two columns are event start and value, three are event start, belief time and value (the
 *     header names do not matter); other files need columns named {@code event_start} and
 *     {@code event_value}. A belief-time column is read but, as in FlexMeasures, the upload's own
 *     belief timing (now, or measured instantly) replaces it.</li>
 * <li>Timestamps with an offset are taken as they are; timestamps without one (and spreadsheet date
 *     cells) are local times in the sensor's time zone — one that does not exist or is ambiguous
 *     there (a DST change) is refused.</li>
 * <li>Values are numbers; empty or "not available" cells are missing values; anything else refuses
 *     the file ("event values should be numeric").</li>
 * <li>Exact duplicate rows count once.</li>
 * <li>The rows' resolution is inferred: one row takes the sensor's, two their distance, more the
 *     most common step; for a sensor with a resolution, every step must be a whole multiple of the
 *     most common one (gaps are fine) or the file is refused.</li>
 * <li>Event starts are floored to the rows' resolution (in the sensor's time zone; not for
 *     instantaneous sensors nor where the sensor's attribute {@code floor_datetimes_to_resolution}
 *     is false); two rows that land on one event start refuse the file.</li>
 * <li>The values are then resampled to the sensor's resolution: finer energy or money amounts
 *     (convertible to the sensor's unit as they are) are summed per slot, anything else is averaged
 *     (coarser rows are repeated) — the averaging and repeating is the recording's own.</li>
 * </ol>
 */
final class UploadRules {

    static final String FLOOR_ATTRIBUTE = "floor_datetimes_to_resolution";

    /** One file's values, ready to record: from {@code start}, one per {@code resolution}, null where none. */
    record Series(Instant start, Duration resolution, List<Double> values) {
    }

    private record Line(int number, Instant start, Double value) {
    }

    private UploadRules() {
    }

    /**
     * @throws IllegalArgumentException with FlexMeasures' words where the rows break a rule
     */
    static List<Series> series(UploadedTable table, Sensor sensor, SensorUnit from) {
        ZoneId zone = sensor.timezone();
        int[] columns = columns(table.header());
        List<Line> lines = new ArrayList<>();
        LinkedHashSet<List<Object>> seen = new LinkedHashSet<>();
        for (UploadedTable.Row row : table.rows()) {
            Instant start = timestamp(row.cell(columns[0]), zone, row.number());
            if (columns[1] >= 0) {
                timestamp(row.cell(columns[1]), zone, row.number());
            }
            Object value = row.cell(columns[2]);
            if (value != null && !(value instanceof Double)) {
                throw new IllegalArgumentException("event values should be numeric (row " + row.number() + ": '" + value + "')");
            }
            Double number = value == null || ((Double) value).isNaN() ? null : (Double) value;
            if (number != null && number.isInfinite()) {
                throw new IllegalArgumentException("event values should be finite (row " + row.number() + ")");
            }
            if (seen.add(java.util.Arrays.asList(start, number))) {
                lines.add(new Line(row.number(), start, number));
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The file has no data rows.");
        }
        Duration step = sensor.eventResolution();
        if (!step.isZero()) {
            checkRegular(lines, zone);
        }
        Duration resolution = resolution(lines, step);
        boolean floor = !step.isZero() && !Boolean.FALSE.equals(sensor.attributes().values().get(FLOOR_ATTRIBUTE));
        TreeMap<Instant, Double> events = new TreeMap<>();
        for (Line line : lines) {
            Instant start = floor ? floorLocal(line.start(), resolution, zone) : line.start();
            if (events.containsKey(start)) {
                throw new IllegalArgumentException(floor
                        ? "Flooring event_start would merge multiple beliefs with the same source, belief_time and event_start. "
                                + "Please provide data already aligned to the event resolution or use distinct belief/source metadata."
                        : "Two rows have the event start " + start + ".");
            }
            events.put(start, line.value());
        }
        if (step.isZero()) {
            // an instantaneous sensor keeps each reading at its own moment: one series where they are evenly spaced
            if (!resolution.isZero() && events.keySet().stream()
                    .allMatch(t -> Duration.between(events.firstKey(), t).toNanos() % resolution.toNanos() == 0)) {
                return List.of(grid(events, resolution));
            }
            return events.entrySet().stream()
                    .map(e -> new Series(e.getKey(), Duration.ZERO, java.util.Collections.singletonList(e.getValue()))).toList();
        }
        boolean finer = resolution.compareTo(step) < 0 && step.toNanos() % resolution.toNanos() == 0;
        if (finer && isStock(from, sensor.unit())) {
            return List.of(grid(summed(events, step), step));
        }
        if (finer) {
            // the recording averages groups counted from its first value: start on the sensor's grid
            events.putIfAbsent(EventGrid.floor(events.firstKey(), step), null);
        }
        return List.of(grid(events, resolution));
    }

    /** Energy and money are amounts: finer amounts add up to the slot's (FlexMeasures' "known stock units"). */
    private static boolean isStock(SensorUnit from, SensorUnit to) {
        boolean amount = from.isConvertibleTo(SensorUnit.of("Wh")) || UnitCatalog.currencyOf(from.unit()).isPresent();
        return amount && from.isConvertibleTo(to);
    }

    private static TreeMap<Instant, Double> summed(TreeMap<Instant, Double> events, Duration step) {
        TreeMap<Instant, Double> slots = new TreeMap<>();
        events.forEach((start, value) -> {
            Instant slot = EventGrid.floor(start, step);
            Double sum = slots.get(slot);
            slots.put(slot, value == null ? sum : (sum == null ? value : sum + value));
        });
        return slots;
    }

    private static Series grid(TreeMap<Instant, Double> events, Duration resolution) {
        Instant first = events.firstKey();
        List<Double> values = new ArrayList<>();
        for (var event : events.entrySet()) {
            Duration offset = Duration.between(first, event.getKey());
            if (offset.toNanos() % resolution.toNanos() != 0) {
                throw new IllegalArgumentException("Event start " + event.getKey() + " is not on the data's resolution of "
                        + resolution + " from " + first + ".");
            }
            int index = Math.toIntExact(offset.toNanos() / resolution.toNanos());
            while (values.size() < index) {
                values.add(null);
            }
            values.add(event.getValue());
        }
        return new Series(first, resolution, values);
    }

    /** Column indexes of event start, belief time (-1: none) and value. */
    private static int[] columns(List<Object> header) {
        if (header.size() == 2) {
            return new int[] {0, -1, 1};
        }
        if (header.size() == 3) {
            return new int[] {0, 1, 2};
        }
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null) {
                named.putIfAbsent(header.get(i).toString().strip(), i);
            }
        }
        if (!named.containsKey("event_start") || !named.containsKey("event_value")) {
            throw new IllegalArgumentException("Expected two columns (event start, value), three (event start, belief time, value) "
                    + "or columns named event_start and event_value; got " + header.size() + " columns.");
        }
        return new int[] {named.get("event_start"), named.getOrDefault("belief_time", -1), named.get("event_value")};
    }

    /** timely-beliefs' check: every step between distinct event starts (in file order) a whole multiple of the most common. */
    private static void checkRegular(List<Line> lines, ZoneId zone) {
        List<Instant> starts = new ArrayList<>(new LinkedHashSet<>(lines.stream().map(Line::start).toList()));
        if (starts.size() <= 2) {
            return;
        }
        List<Duration> steps = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            steps.add(Duration.between(starts.get(i - 1), starts.get(i)));
        }
        Duration mode = mode(steps);
        int irregular = 0;
        Instant firstIrregular = null;
        for (int i = 0; i < steps.size(); i++) {
            if (mode.isZero() || steps.get(i).toNanos() % mode.toNanos() != 0) {
                irregular++;
                if (firstIrregular == null) {
                    firstIrregular = starts.get(i + 1);
                }
            }
        }
        if (irregular > 0) {
            throw new IllegalArgumentException("Could not infer a regular event frequency from the data. Most common frequency: "
                    + pandas(mode) + ". Number of irregular intervals: " + irregular + ". First irregular event start: "
                    + OffsetDateTime.ofInstant(firstIrregular, zone).format(PANDAS_TIMESTAMP) + ".");
        }
    }

    /** One row: the sensor's resolution; two: their distance; more: the most common step between sorted distinct starts. */
    private static Duration resolution(List<Line> lines, Duration sensorResolution) {
        if (lines.size() == 1) {
            return sensorResolution;
        }
        if (lines.size() == 2) {
            return Duration.between(lines.get(0).start(), lines.get(1).start()).abs();
        }
        List<Instant> sorted = lines.stream().map(Line::start).distinct().sorted().toList();
        List<Duration> steps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            steps.add(Duration.between(sorted.get(i - 1), sorted.get(i)));
        }
        return steps.isEmpty() ? sensorResolution : mode(steps);
    }

    /** The most common duration; on a tie the shortest (pandas' {@code mode().iloc[0]}). */
    private static Duration mode(List<Duration> steps) {
        Map<Duration, Integer> counts = new LinkedHashMap<>();
        steps.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<Duration, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /** pandas floors a zoned time on its wall clock. */
    static Instant floorLocal(Instant instant, Duration resolution, ZoneId zone) {
        if (resolution.isZero()) {
            return instant;
        }
        LocalDateTime wall = LocalDateTime.ofInstant(instant, zone);
        Instant asUtc = wall.toInstant(ZoneOffset.UTC);
        LocalDateTime floored = LocalDateTime.ofInstant(EventGrid.floor(asUtc, resolution), ZoneOffset.UTC);
        return floored.atZone(zone).toInstant();
    }

    private static final DateTimeFormatter PANDAS_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private static String pandas(Duration d) {
        long days = d.toDays();
        Duration rest = d.minusDays(days);
        String text = String.format("%d days %02d:%02d:%02d", days, rest.toHours(), rest.toMinutesPart(), rest.toSecondsPart());
        return rest.getNano() == 0 ? text : text + String.format(".%09d", rest.getNano()).replaceAll("0+$", "");
    }

    /** A cell as a moment: an offset is kept, a local time is placed in {@code zone}. */
    static Instant timestamp(Object cell, ZoneId zone, int row) {
        if (cell instanceof LocalDateTime local) {
            return localize(local, zone, row);
        }
        if (!(cell instanceof String text)) {
            throw new IllegalArgumentException("row " + row + ": " + (cell == null ? "the event start is missing"
                    : "'" + cell + "' is not a datetime"));
        }
        String t = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ T]", "$1T")
                .replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replaceFirst("([+-]\\d{2})$", "$1:00");
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notAware) {
            try {
                parsed = localize(t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t), zone, row);
            } catch (DateTimeParseException notLocal) {
                throw new IllegalArgumentException("row " + row + ": '" + text + "' is not a datetime");
            }
        }
        int year = OffsetDateTime.ofInstant(parsed, ZoneOffset.UTC).getYear();
        if (year < 1000 || year > 9000) {
            throw new IllegalArgumentException("row " + row + ": a datetime between the years 1000 and 9000 is expected, got " + text);
        }
        return parsed;
    }

    private static Instant localize(LocalDateTime local, ZoneId zone, int row) {
        var offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.atOffset(offsets.get(0)).toInstant();
        }
        throw new IllegalArgumentException("row " + row + ": " + local + (offsets.isEmpty() ? " does not exist" : " is ambiguous")
                + " in the sensor's time zone " + zone + " (a daylight saving time change); give its UTC offset.");
    }

}
