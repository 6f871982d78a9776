package io.gridflex.adapter.planner.lp;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.scheduling.StorageDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scheduling benchmark (docs/performance.md): median solve time and gap of the ojAlgo
 * scheduler on a 48-hour schedule at 15 minutes, a 2,520-step schedule, and 100 batteries under
 * one site capacity. Run by bootstrap/bench/scheduling.sh.
 */
public final class SchedulingBench {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        StorageScheduler orTools = new StorageScheduler();
        StorageScheduler ojAlgo = new StorageScheduler(new OjAlgoSolver());
        report("48 h at 15 min (192 steps), 1 battery", orTools, batteries(192, 1, Double.NaN), runs);
        report("48 h at 15 min (192 steps), 1 battery", ojAlgo, batteries(192, 1, Double.NaN), Math.max(3, runs / 4));
        report("2,520 steps at 15 min, 1 battery", orTools, batteries(2520, 1, Double.NaN), runs);
        report("48 h at 15 min, 100 batteries of 3 kinds, one site capacity", orTools, batteries(192, 100, 50), Math.max(3, runs / 4));
        report("48 h at 15 min, 100 batteries all different, one site capacity", orTools, differentBatteries(192, 100, 50), 3);
        SchedulingProblem buffers = heatBuffers(96, 20, 8);
        Scheduler modes = new io.gridflex.adapter.planner.mode.ModeScheduler();
        if (!modes.canSchedule(buffers)) {
            throw new IllegalStateException("the mode scheduler declines the heat buffers");
        }
        report("24 h at 15 min, 20 heat buffers off or on (3,840 mode binaries), one site capacity", modes, buffers, 3);
        long t0 = System.nanoTime();
        try {
            Solution mip = orTools.solve(buffers);
            System.out.printf("the same as a mixed-integer program: %.1f ms, solver %s, cost %.4f, gap %.1e%n",
                    (System.nanoTime() - t0) / 1e6, mip.solver(), buffers.cost(mip.schedule()).total(), mip.gap());
        } catch (io.gridflex.domain.scheduling.InfeasibleProblemException e) {
            System.out.printf("the same as a mixed-integer program: no answer after %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9,
                    e.getMessage());
        }
        // ojAlgo needs 85 s for the 2,520-step problem and does not finish the 100-battery one within its minute
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use at the end: %d MiB (max %d MiB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    /** Batteries with a day-shaped price (cheap nights, dear evenings), the site capped at {@code siteCapacity} MW. */
    static SchedulingProblem batteries(int steps, int count, double siteCapacity) {
        EventGrid grid = new EventGrid(StorageScenarios.DAY_2, Duration.ofMinutes(15), steps);
        double[] price = new double[steps];
        double[] inflexible = new double[steps];
        for (int j = 0; j < steps; j++) {
            double hour = (j / 4.0) % 24;
            price[j] = 60 + 40 * Math.sin((hour - 9) / 24 * 2 * Math.PI) + (j % 7);
            inflexible[j] = 5 + 3 * Math.cos(hour / 24 * 2 * Math.PI);
        }
        List<StorageDevice> devices = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            devices.add(StorageScenarios.device(steps).sensor(d + 1).soc(1 + d % 3, 0.5, 4.5).capacity(2, 2).roundtrip(0.9)
                    .storageEfficiency(0.9999).build());
        }
        Profile consumption = Profile.of(price);
        SiteContext site = new SiteContext(consumption, consumption.map(p -> p - 5), Profile.of(inflexible),
                Profile.constant(steps, siteCapacity), Profile.none(steps), Profile.none(steps), Double.NaN, Double.NaN, 0, 0, 0, 0,
                Double.NaN, Double.NaN);
        return new SchedulingProblem(grid, devices, site);
    }

    /** The same site with 100 batteries of which no two are alike (so none can be merged). */
    static SchedulingProblem differentBatteries(int steps, int count, double siteCapacity) {
        SchedulingProblem alike = batteries(steps, count, siteCapacity);
        List<StorageDevice> devices = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            devices.add(StorageScenarios.device(steps).sensor(d + 1).soc(0.5 + 0.04 * d, 0.5, 4.5).capacity(2, 2).roundtrip(0.9)
                    .storageEfficiency(0.9999).build());
        }
        return new SchedulingProblem(alike.horizon(), devices, alike.site());
    }

    /**
     * Heat buffers that are off or on at one level each (0.5 to 0.98 MW), each needing a few MWh by
     * the end of the day, under a site capacity that keeps them from all running in the cheapest hours.
     */
    static SchedulingProblem heatBuffers(int steps, int count, double siteCapacity) {
        SchedulingProblem priced = batteries(steps, 1, siteCapacity);
        List<StorageDevice> devices = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            double level = 0.5 + 0.024 * d;
            double[] minima = new double[steps];
            Arrays.fill(minima, Double.NaN);
            minima[steps - 1] = 2 + (d % 5) * 0.5;
            devices.add(new StorageDevice(io.gridflex.domain.sensor.SensorId.of(d + 1), 0.5, 0, 8, Profile.of(minima),
                    Profile.none(steps), Profile.none(steps), Profile.constant(steps, 1), Profile.constant(steps, 0),
                    Profile.constant(steps, 0.95), Profile.constant(steps, 1), Profile.constant(steps, 0.999),
                    Profile.constant(steps, 0), Profile.constant(steps, 0), false, false,
                    List.of(new io.gridflex.domain.scheduling.PowerBand(0, 0), new io.gridflex.domain.scheduling.PowerBand(level, level))));
        }
        SiteContext site = priced.site();
        SiteContext hardOnly = new SiteContext(site.consumptionPrice(), site.productionPrice(), site.inflexible(),
                Profile.constant(steps, siteCapacity), Profile.none(steps), Profile.none(steps), Double.NaN, Double.NaN, 0, 0, 0, 0,
                Double.NaN, Double.NaN);
        return new SchedulingProblem(priced.horizon(), devices, hardOnly);
    }

    static void report(String name, Scheduler scheduler, SchedulingProblem problem, int runs) {
        // warm-up: a server schedules for hours; the figure is the compiled code's, not the interpreter's
        for (int i = 0; i < Math.max(3, runs); i++) {
            scheduler.solve(problem);
        }
        double[] ms = new double[runs];
        Solution last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = scheduler.solve(problem);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        List<String> violations = problem.violations(last.schedule(), 1e-6);
        System.out.printf("%s: median %.1f ms (min %.1f, max %.1f, %d runs), solver %s, cost %.4f, gap %.1e, hard constraints %s%n",
                name, ms[runs / 2], ms[0], ms[runs - 1], runs, last.solver(), problem.cost(last.schedule()).total(), last.gap(),
                violations.isEmpty() ? "met" : violations.get(0));
    }
}
