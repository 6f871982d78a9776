package io.gridflex.domain.scheduling;

import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Devices to schedule jointly on one site over one horizon. The problem itself prices a schedule
 * ({@link #cost}) and lists the hard constraints it breaks ({@link #violations}): every solver's
 * answer is checked by this code, whatever the solver.
 */
public record SchedulingProblem(EventGrid horizon, List<StorageDevice> devices, List<ProcessDevice> processes, SiteContext site) {

    /** FlexMeasures' limit on a schedule's length. */
    public static final int MAX_STEPS = 2520;

    public SchedulingProblem {
        Require.present("horizon", horizon);
        Require.that(!horizon.spacing().isZero() && !horizon.spacing().isNegative(), "resolution", "Must be positive.");
        Require.that(horizon.count() > 0, "duration", "The schedule needs at least one step.");
        if (horizon.count() > MAX_STEPS) {
            throw new InvalidValueException("duration", "A schedule of " + horizon.count() + " steps is longer than the "
                    + MAX_STEPS + " steps allowed.");
        }
        devices = List.copyOf(Require.noNulls("flex-model", devices));
        processes = List.copyOf(Require.noNulls("flex-model", processes));
        Require.that(!devices.isEmpty() || !processes.isEmpty(), "flex-model", "At least one flexible device is needed.");
        for (ProcessDevice process : processes) {
            Require.that(process.steps() == horizon.count(), "flex-model", "Process " + process.sensor() + " has "
                    + process.steps() + " steps where the schedule has " + horizon.count() + ".");
        }
        for (StorageDevice device : devices) {
            Require.that(device.steps() == horizon.count(), "flex-model", "Device " + device.sensor() + " has "
                    + device.steps() + " steps where the schedule has " + horizon.count() + ".");
        }
        Require.present("flex-context", site);
        Require.that(site.steps() == horizon.count(), "flex-context", "Has " + site.steps() + " steps where the schedule has "
                + horizon.count() + ".");
        for (StorageDevice device : devices) {
            requireReachableTargets(horizon, device, site);
        }
    }

    /**
     * A target beyond soc-min or soc-max is met as nearly as they allow where targets are soft (a
     * breach price, FlexMeasures' default); where they are hard no schedule meets it, and the job
     * says which target and why.
     */
    private static void requireReachableTargets(EventGrid horizon, StorageDevice device, SiteContext site) {
        for (int j = 0; j < horizon.count(); j++) {
            if (!device.socTargets().has(j)) {
                continue;
            }
            double target = device.socTargets().at(j);
            boolean aboveMax = target > device.socMax() && Double.isNaN(site.socMinimaBreachPrice());
            boolean belowMin = target < device.socMin() && Double.isNaN(site.socMaximaBreachPrice());
            if (aboveMax || belowMin) {
                throw new InfeasibleProblemException("the soc-target of device " + device.sensor() + " at "
                        + horizon.eventStart(j).plus(horizon.spacing()) + " (" + target + " MWh) lies "
                        + (aboveMax ? "above soc-max (" + device.socMax() : "below soc-min (" + device.socMin())
                        + " MWh), and soc targets are hard constraints (relax-constraints or relax-soc-constraints is false, "
                        + "or no soc breach price is set).");
            }
        }
    }

    /** Storage devices only. */
    public SchedulingProblem(EventGrid horizon, List<StorageDevice> devices, SiteContext site) {
        this(horizon, devices, List.of(), site);
    }

    public int steps() {
        return horizon.count();
    }

    /** The power sensor of each device, in the order of a schedule's profiles: storage devices, then processes. */
    public List<SensorId> sensors() {
        List<SensorId> sensors = new ArrayList<>();
        devices.forEach(d -> sensors.add(d.sensor()));
        processes.forEach(p -> sensors.add(p.sensor()));
        return sensors;
    }

    public Duration resolution() {
        return horizon.spacing();
    }

    /** The length of one step, in hours: what turns MW into MWh. */
    public double hours() {
        return resolution().toNanos() / 3.6e12;
    }

    /** The site's net consumption per step under a schedule, MW. */
    public double[] net(Schedule schedule) {
        requireShape(schedule);
        double[] net = site.inflexible().toArray();
        for (Profile power : schedule.power()) {
            for (int j = 0; j < net.length; j++) {
                net[j] += power.at(j);
            }
        }
        return net;
    }

    /** What a schedule costs: the objective every solver minimises (tie-breaking preferences aside). */
    public ScheduleCost cost(Schedule schedule) {
        double[] net = net(schedule);
        double h = hours();
        double energy = 0;
        double[] consumptionBreach = new double[net.length];
        double[] productionBreach = new double[net.length];
        double highestConsumption = 0;
        double highestProduction = 0;
        for (int j = 0; j < net.length; j++) {
            double consumed = Math.max(net[j], 0);
            double produced = Math.max(-net[j], 0);
            energy += (site.consumptionPrice().at(j) * consumed - site.productionPrice().at(j) * produced) * h;
            if (site.siteConsumptionCapacity().has(j)) {
                consumptionBreach[j] = Math.max(0, consumed - site.siteConsumptionCapacity().at(j));
            }
            if (site.siteProductionCapacity().has(j)) {
                productionBreach[j] = Math.max(0, produced - site.siteProductionCapacity().at(j));
            }
            highestConsumption = Math.max(highestConsumption, consumed);
            highestProduction = Math.max(highestProduction, produced);
        }
        double breaches = breachCost(consumptionBreach, site.siteConsumptionBreachPrice(), h)
                + breachCost(productionBreach, site.siteProductionBreachPrice(), h);
        double peaks = site.sitePeakConsumptionPrice() * Math.max(0, highestConsumption - site.sitePeakConsumption())
                + site.sitePeakProductionPrice() * Math.max(0, highestProduction - site.sitePeakProduction());
        double stock = 0;
        for (int d = 0; d < devices.size(); d++) {
            StorageDevice device = devices.get(d);
            double[] s = device.stock(schedule.of(d), resolution());
            for (int j = 0; j < s.length; j++) {
                stock += priced(site.socMinimaBreachPrice(), device.shortfall(s[j], j));
                stock += priced(site.socMaximaBreachPrice(), device.excess(s[j], j));
            }
        }
        return new ScheduleCost(energy, breaches, peaks, stock);
    }

    private static double breachCost(double[] breach, double price, double hours) {
        if (Double.isNaN(price)) {
            return 0; // a hard limit: a breach is a violation, not a cost
        }
        double highest = 0;
        double sum = 0;
        for (double b : breach) {
            highest = Math.max(highest, b);
            sum += b;
        }
        return price * highest + price * sum * hours;
    }

    private static double priced(double price, double amount) {
        return Double.isNaN(price) ? 0 : price * amount;
    }

    /**
     * The hard constraints a schedule breaks, each named with its device and step; empty when
     * the schedule is feasible. {@code tolerance} absorbs solver round-off (MW and MWh).
     */
    public List<String> violations(Schedule schedule, double tolerance) {
        List<String> broken = new ArrayList<>();
        double[] net = net(schedule);
        for (int d = 0; d < devices.size(); d++) {
            StorageDevice device = devices.get(d);
            Profile power = schedule.of(d);
            double[] s = device.stock(power, resolution());
            for (int j = 0; j < steps(); j++) {
                if (power.at(j) > device.consumptionCapacity().at(j) + tolerance) {
                    broken.add(device.sensor() + " step " + j + ": consumes " + power.at(j) + " MW, above its capacity");
                }
                if (-power.at(j) > device.productionCapacity().at(j) + tolerance) {
                    broken.add(device.sensor() + " step " + j + ": produces " + -power.at(j) + " MW, above its capacity");
                }
                if (!device.allowsPower(power.at(j), tolerance)) {
                    broken.add(device.sensor() + " step " + j + ": runs at " + power.at(j) + " MW, in none of its operation modes");
                }
                if (s[j] < device.socMin() - tolerance || s[j] > device.socMax() + tolerance) {
                    broken.add(device.sensor() + " step " + j + ": stock " + s[j] + " MWh outside soc-min and soc-max");
                }
                if (Double.isNaN(site.socMinimaBreachPrice()) && device.shortfall(s[j], j) > tolerance) {
                    broken.add(device.sensor() + " step " + j + ": stock " + s[j] + " MWh below its minimum or target");
                }
                if (Double.isNaN(site.socMaximaBreachPrice()) && device.excess(s[j], j) > tolerance) {
                    broken.add(device.sensor() + " step " + j + ": stock " + s[j] + " MWh above its maximum or target");
                }
            }
        }
        for (int p = 0; p < processes.size(); p++) {
            broken.addAll(processes.get(p).violations(schedule.of(devices.size() + p), tolerance));
        }
        for (int j = 0; j < steps(); j++) {
            double up = site.hardConsumptionLimit(j);
            double down = site.hardProductionLimit(j);
            if (!Double.isNaN(up) && net[j] > up + tolerance) {
                broken.add("site step " + j + ": consumes " + net[j] + " MW, above its capacity " + up);
            }
            if (!Double.isNaN(down) && -net[j] > down + tolerance) {
                broken.add("site step " + j + ": produces " + -net[j] + " MW, above its capacity " + down);
            }
        }
        return broken;
    }

    private void requireShape(Schedule schedule) {
        int count = devices.size() + processes.size();
        Require.that(schedule.power().size() == count, "schedule", "Has " + schedule.power().size()
                + " devices where the problem has " + count + ".");
        for (Profile p : schedule.power()) {
            Profile.requireSteps("schedule", p, steps());
        }
    }
}
