package io.gridflex.domain.scheduling;

import static io.gridflex.domain.scheduling.Profile.requireSteps;
import static io.gridflex.domain.scheduling.Profile.requireWithin;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.util.List;

/**
 * A flexible device with a stock (a battery, an EV behind its charger, a heat buffer), its
 * flex-model resolved to one number per step. A device without a stock (curtailable PV) has
 * unbounded {@code socMin}/{@code socMax} and no stock targets.
 *
 * @param sensor the device's power sensor, where its schedule is stored
 * @param socAtStart stock at the start of the horizon, MWh
 * @param socMin hard lower stock bound, MWh ({@code -Infinity}: none)
 * @param socMax hard upper stock bound, MWh ({@code +Infinity}: none)
 * @param socMinima soft (or, when not relaxed, hard) lower stock bound at the end of each step; NaN: none
 * @param socMaxima the same, upper
 * @param socTargets the same, exact (a target beyond soc-min or soc-max is only met as near as they allow; see
 *     {@link SchedulingProblem})
 * @param consumptionCapacity MW the device may consume (charge) per step, ≥ 0
 * @param productionCapacity MW the device may produce (discharge) per step, ≥ 0
 * @param chargingEfficiency stock gained per MWh consumed, &gt; 0
 * @param dischargingEfficiency MWh produced per MWh of stock, &gt; 0
 * @param storageEfficiency share of the stock left after each step, (0, 1]
 * @param socGain MW flowing into the stock by other means (bypassing the efficiencies), ≥ 0
 * @param socUsage MW flowing out of the stock by other means, ≥ 0
 * @param preferChargingSooner among equally cheap schedules, fill the stock sooner
 * @param preferCurtailingLater among equally cheap schedules, curtail (discharge less) later
 * @param operationModes the power ranges it may run in, one at a time (empty: any power its capacities allow)
 */
public record StorageDevice(SensorId sensor, double socAtStart, double socMin, double socMax, Profile socMinima,
                            Profile socMaxima, Profile socTargets, Profile consumptionCapacity, Profile productionCapacity,
                            Profile chargingEfficiency, Profile dischargingEfficiency, Profile storageEfficiency,
                            Profile socGain, Profile socUsage, boolean preferChargingSooner, boolean preferCurtailingLater,
                            List<PowerBand> operationModes) {

    public StorageDevice {
        Require.present("sensor", sensor);
        Require.that(Double.isFinite(socAtStart), "soc-at-start", "Must be a finite number.");
        Require.that(!Double.isNaN(socMin) && !Double.isNaN(socMax), "soc-min", "Must be a number.");
        Require.that(socMin <= socMax, "soc-min", "Is above soc-max (" + socMin + " > " + socMax + ").");
        int n = Require.present("consumption-capacity", consumptionCapacity).steps();
        requireSteps("soc-minima", socMinima, n);
        requireSteps("soc-maxima", socMaxima, n);
        requireSteps("soc-targets", socTargets, n);
        requireWithin("consumption-capacity", consumptionCapacity, 0, Double.MAX_VALUE, false);
        requireWithin("production-capacity", requireSteps("production-capacity", productionCapacity, n), 0, Double.MAX_VALUE, false);
        requireWithin("charging-efficiency", requireSteps("charging-efficiency", chargingEfficiency, n), Double.MIN_VALUE,
                Double.MAX_VALUE, false);
        requireWithin("discharging-efficiency", requireSteps("discharging-efficiency", dischargingEfficiency, n), Double.MIN_VALUE,
                Double.MAX_VALUE, false);
        requireWithin("storage-efficiency", requireSteps("storage-efficiency", storageEfficiency, n), Double.MIN_VALUE, 1, false);
        requireWithin("soc-gain", requireSteps("soc-gain", socGain, n), 0, Double.MAX_VALUE, false);
        requireWithin("soc-usage", requireSteps("soc-usage", socUsage, n), 0, Double.MAX_VALUE, false);
        operationModes = List.copyOf(Require.noNulls("operation-modes", operationModes));
    }

    /** How far a stock at the end of step {@code j} lies below that step's minimum or target, MWh. */
    public double shortfall(double stock, int j) {
        double floor = Math.max(socMinima.has(j) ? socMinima.at(j) : Double.NEGATIVE_INFINITY,
                socTargets.has(j) ? socTargets.at(j) : Double.NEGATIVE_INFINITY);
        return Math.max(0, floor - stock);
    }

    /** How far a stock at the end of step {@code j} lies above that step's maximum or target, MWh. */
    public double excess(double stock, int j) {
        double ceiling = Math.min(socMaxima.has(j) ? socMaxima.at(j) : Double.POSITIVE_INFINITY,
                socTargets.has(j) ? socTargets.at(j) : Double.POSITIVE_INFINITY);
        return Math.max(0, stock - ceiling);
    }

    /** This device over the first {@code steps} steps only: its own horizon within a longer one. */
    public StorageDevice head(int steps) {
        return new StorageDevice(sensor, socAtStart, socMin, socMax, socMinima.head(steps), socMaxima.head(steps),
                socTargets.head(steps), consumptionCapacity.head(steps), productionCapacity.head(steps),
                chargingEfficiency.head(steps), dischargingEfficiency.head(steps), storageEfficiency.head(steps),
                socGain.head(steps), socUsage.head(steps), preferChargingSooner, preferCurtailingLater, operationModes);
    }

    /** Whether it runs in discrete operation modes rather than at any power within its capacities. */
    public boolean hasOperationModes() {
        return !operationModes.isEmpty();
    }

    /** Whether a power lies in one of its operation modes (always, for a device without them). */
    public boolean allowsPower(double power, double tolerance) {
        return operationModes.isEmpty() || operationModes.stream().anyMatch(band -> band.contains(power, tolerance));
    }

    public int steps() {
        return consumptionCapacity.steps();
    }

    /** Whether the device can both consume and produce: only then can it do both at once. */
    public boolean isBidirectional() {
        for (int j = 0; j < steps(); j++) {
            if (consumptionCapacity.at(j) > 0 && productionCapacity.at(j) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * How one step's flows change the stock: {@code S_j = a·S_{j−1} + b·ΔS_j·Δt}, with {@code a} the
     * storage efficiency ε and {@code b = (ε − 1)/ln ε} (1 when ε = 1): losses accrue continuously
     * over the step, also on what flows in during it (FlexMeasures' device scheduler).
     */
    public double decay(int step) {
        return storageEfficiency.at(step);
    }

    public double inflowWeight(int step) {
        double e = storageEfficiency.at(step);
        return e == 1 ? 1 : (e - 1) / Math.log(e);
    }

    /**
     * The stock at the end of each step under a power profile (MW, consumption positive), in MWh.
     * Consumption charges through the charging efficiency, production discharges through the
     * discharging efficiency.
     */
    public double[] stock(Profile power, Duration resolution) {
        requireSteps("schedule", power, steps());
        double hours = resolution.toNanos() / 3.6e12;
        double[] stock = new double[steps()];
        double previous = socAtStart;
        for (int j = 0; j < steps(); j++) {
            double p = power.at(j);
            double flow = p >= 0 ? p * chargingEfficiency.at(j) : p / dischargingEfficiency.at(j);
            double delta = (flow + socGain.at(j) - socUsage.at(j)) * hours;
            previous = decay(j) * previous + inflowWeight(j) * delta;
            stock[j] = previous;
        }
        return stock;
    }
}
