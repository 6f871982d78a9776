package io.gridflex.domain.belief;

import io.gridflex.domain.failure.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Changing the resolution of a series: upsampling repeats each value, downsampling averages the
 * values in each slot (nulls left out), and an instantaneous sensor's slot takes its first reading.
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * Posted values onto the sensor's resolution. The posted resolution must equal the sensor's,
     * divide it, or be a multiple of it (any resolution suits an instantaneous sensor).
     *
     * @param values the posted values, nulls allowed
     * @return event start → value at the sensor's resolution (null where nothing was posted)
     */
    public static Map<Instant, Double> toSensorResolution(EventGrid posted, List<Double> values, Duration sensorResolution) {
        Map<Instant, Double> result = new java.util.LinkedHashMap<>();
        Duration r = posted.spacing();
        if (sensorResolution.isZero() || r.equals(sensorResolution)) {
            if (sensorResolution.isZero() && posted.count() > 1 && r.isZero()) {
                throw new InvalidValueException("duration", "More than one value over a zero duration.");
            }
            for (int i = 0; i < posted.count(); i++) {
                result.put(posted.eventStart(i), values.get(i));
            }
            return result;
        }
        long rn = r.toNanos();
        long sn = sensorResolution.toNanos();
        if (rn > sn && rn % sn == 0) {
            int repeat = (int) (rn / sn);
            for (int i = 0; i < posted.count(); i++) {
                for (int k = 0; k < repeat; k++) {
                    result.put(EventGrid.after(posted.eventStart(i), sensorResolution, k), values.get(i));
                }
            }
            return result;
        }
        if (rn > 0 && rn < sn && sn % rn == 0) {
            int group = (int) (sn / rn);
            for (int first = 0; first < posted.count(); first += group) {
                double sum = 0;
                int n = 0;
                for (int i = first; i < Math.min(first + group, posted.count()); i++) {
                    if (values.get(i) != null) {
                        sum += values.get(i);
                        n++;
                    }
                }
                result.put(EventGrid.floor(posted.eventStart(first), sensorResolution), n == 0 ? null : sum / n);
            }
            return result;
        }
        throw new InvalidValueException("duration", "Resolution of " + r + " is incompatible with the sensor's required "
                + "resolution of " + sensorResolution + ".");
    }

    /**
     * Stored values (one per event, at {@code sensorResolution}) onto {@code target} slots.
     *
     * @return one value per slot, null where nothing is known
     */
    public static List<Double> toSlots(NavigableMap<Instant, Double> events, EventGrid target, Duration sensorResolution) {
        List<Double> slots = new ArrayList<>(target.count());
        Duration step = target.spacing();
        for (int i = 0; i < target.count(); i++) {
            Instant slotStart = target.eventStart(i);
            Instant slotEnd = slotStart.plus(step);
            if (sensorResolution.isZero()) {
                Map.Entry<Instant, Double> first = events.ceilingEntry(slotStart);
                slots.add(first != null && first.getKey().isBefore(slotEnd) ? first.getValue() : null);
            } else if (step.compareTo(sensorResolution) <= 0) {
                Map.Entry<Instant, Double> covering = events.floorEntry(slotStart);
                boolean covers = covering != null && covering.getKey().plus(sensorResolution).isAfter(slotStart);
                slots.add(covers ? covering.getValue() : null);
            } else {
                double sum = 0;
                int n = 0;
                for (Double value : events.subMap(slotStart, true, slotEnd, false).values()) {
                    if (value != null) {
                        sum += value;
                        n++;
                    }
                }
                slots.add(n == 0 ? null : sum / n);
            }
        }
        return slots;
    }
}
