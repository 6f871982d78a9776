package io.gridflex.adapter.planner.lp;

import io.gridflex.domain.scheduling.PowerBand;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.scheduling.StorageDevice;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexMeasures' device scheduler as a {@link LinearProgram}: per device and step a charging and a
 * discharging power and the stock they lead to; per step the site's import and export, priced;
 * soft limits as priced slack. With {@code signs}, binaries keep a device from charging and
 * discharging in one step, and the site from importing and exporting in one step where export
 * pays more than import costs (only then would a linear program do either). A device with
 * operation modes gets one binary per mode and step, always.
 */
final class StorageProgram {

    private final SchedulingProblem problem;
    private final LinearProgram lp = new LinearProgram();
    private final int[][] charge;
    private final int[][] discharge;
    private final int[][] stock;
    private final double[][] preference;

    StorageProgram(SchedulingProblem problem, boolean signs) {
        this.problem = problem;
        int n = problem.steps();
        int devices = problem.devices().size();
        charge = new int[devices][n];
        discharge = new int[devices][n];
        stock = new int[devices][n];
        preference = new double[devices][n];
        build(signs);
    }

    LinearProgram program() {
        return lp;
    }

    /** Whether some step rewards export above import's cost: a linear program would then do both at once. */
    static boolean exportPaysMore(SiteContext site) {
        for (int j = 0; j < site.steps(); j++) {
            if (site.productionPrice().at(j) > site.consumptionPrice().at(j)) {
                return true;
            }
        }
        return false;
    }

    private void build(boolean signs) {
        SiteContext site = problem.site();
        int n = problem.steps();
        double h = problem.hours();
        for (int d = 0; d < problem.devices().size(); d++) {
            StorageDevice device = problem.devices().get(d);
            boolean hasStock = Double.isFinite(device.socMin());
            for (int j = 0; j < n; j++) {
                int c = lp.variable(0, device.consumptionCapacity().at(j), 0);
                int g = lp.variable(0, device.productionCapacity().at(j), 0);
                int s = lp.variable(hardFloor(device, j), hardCeiling(device, j), 0);
                charge[d][j] = c;
                discharge[d][j] = g;
                stock[d][j] = s;
                // prefer charging sooner: more stock, earlier steps weighing more; a device without a
                // stock (curtailable production) prefers producing sooner, i.e. curtailing later
                boolean prefers = hasStock ? device.preferChargingSooner() : device.preferCurtailingLater();
                preference[d][j] = prefers ? (double) (n - j) / n : 0;
                softBounds(device, j, s);
                // S_j − a·S_{j−1} − b·h·(η_c·c − g/η_d) = b·h·(gain − usage) [+ a·S_0 at the first step]
                double a = device.decay(j);
                double b = device.inflowWeight(j);
                double rhs = b * h * (device.socGain().at(j) - device.socUsage().at(j));
                double[] coefficients = {1, -b * h * device.chargingEfficiency().at(j), b * h / device.dischargingEfficiency().at(j), -a};
                if (j == 0) {
                    rhs += a * device.socAtStart();
                    lp.constrain(rhs, rhs, new int[] {s, c, g}, new double[] {coefficients[0], coefficients[1], coefficients[2]});
                } else {
                    lp.constrain(rhs, rhs, new int[] {s, c, g, stock[d][j - 1]}, coefficients);
                }
                if (device.hasOperationModes()) {
                    operationModes(device.operationModes(), c, g);
                }
                if (signs && device.isBidirectional()) {
                    int charging = lp.binary();
                    lp.constrain(Double.NEGATIVE_INFINITY, 0, new int[] {c, charging},
                            new double[] {1, -device.consumptionCapacity().at(j)});
                    lp.constrain(Double.NEGATIVE_INFINITY, device.productionCapacity().at(j), new int[] {g, charging},
                            new double[] {1, device.productionCapacity().at(j)});
                }
            }
        }
        int highestConsumptionBreach = Double.isNaN(site.siteConsumptionBreachPrice()) ? -1
                : lp.variable(0, Double.POSITIVE_INFINITY, site.siteConsumptionBreachPrice());
        int highestProductionBreach = Double.isNaN(site.siteProductionBreachPrice()) ? -1
                : lp.variable(0, Double.POSITIVE_INFINITY, site.siteProductionBreachPrice());
        int consumptionPeak = site.sitePeakConsumptionPrice() > 0
                ? lp.variable(0, Double.POSITIVE_INFINITY, site.sitePeakConsumptionPrice()) : -1;
        int productionPeak = site.sitePeakProductionPrice() > 0
                ? lp.variable(0, Double.POSITIVE_INFINITY, site.sitePeakProductionPrice()) : -1;
        boolean siteSigns = signs && exportPaysMore(site);
        int devices = problem.devices().size();
        for (int j = 0; j < n; j++) {
            double inflexible = site.inflexible().at(j);
            int imported = lp.variable(0, noneIsInfinite(site.hardConsumptionLimit(j)), site.consumptionPrice().at(j) * h);
            int exported = lp.variable(0, noneIsInfinite(site.hardProductionLimit(j)), -site.productionPrice().at(j) * h);
            // Σ (c − g) − import + export = −inflexible
            int[] vars = new int[2 * devices + 2];
            double[] coefficients = new double[vars.length];
            for (int d = 0; d < devices; d++) {
                vars[2 * d] = charge[d][j];
                coefficients[2 * d] = 1;
                vars[2 * d + 1] = discharge[d][j];
                coefficients[2 * d + 1] = -1;
            }
            vars[2 * devices] = imported;
            coefficients[2 * devices] = -1;
            vars[2 * devices + 1] = exported;
            coefficients[2 * devices + 1] = 1;
            lp.constrain(-inflexible, -inflexible, vars, coefficients);
            breach(imported, site.siteConsumptionCapacity().at(j), site.siteConsumptionBreachPrice(), h, highestConsumptionBreach);
            breach(exported, site.siteProductionCapacity().at(j), site.siteProductionBreachPrice(), h, highestProductionBreach);
            if (consumptionPeak >= 0) {
                lp.constrain(-site.sitePeakConsumption(), Double.POSITIVE_INFINITY, new int[] {consumptionPeak, imported},
                        new double[] {1, -1});
            }
            if (productionPeak >= 0) {
                lp.constrain(-site.sitePeakProduction(), Double.POSITIVE_INFINITY, new int[] {productionPeak, exported},
                        new double[] {1, -1});
            }
            if (siteSigns && site.productionPrice().at(j) > site.consumptionPrice().at(j)) {
                double m = Math.abs(inflexible); // the most the site can move in this step
                for (StorageDevice device : problem.devices()) {
                    m += Math.max(device.consumptionCapacity().at(j), device.productionCapacity().at(j));
                }
                int importing = lp.binary();
                lp.constrain(Double.NEGATIVE_INFINITY, 0, new int[] {imported, importing}, new double[] {1, -m});
                lp.constrain(Double.NEGATIVE_INFINITY, m, new int[] {exported, importing}, new double[] {1, m});
            }
        }
    }

    /** One binary per mode: exactly one is on, and the power (c − g) lies within its band. */
    private void operationModes(List<PowerBand> modes, int c, int g) {
        int[] on = new int[modes.size()];
        double[] ones = new double[modes.size()];
        int[] vars = new int[modes.size() + 2];
        double[] atLeast = new double[vars.length];
        double[] atMost = new double[vars.length];
        vars[0] = c;
        vars[1] = g;
        atLeast[0] = atMost[0] = 1;
        atLeast[1] = atMost[1] = -1;
        for (int m = 0; m < modes.size(); m++) {
            on[m] = lp.binary();
            ones[m] = 1;
            vars[m + 2] = on[m];
            atLeast[m + 2] = -modes.get(m).min();
            atMost[m + 2] = -modes.get(m).max();
        }
        lp.constrain(1, 1, on, ones);
        lp.constrain(0, Double.POSITIVE_INFINITY, vars, atLeast);
        lp.constrain(Double.NEGATIVE_INFINITY, 0, vars, atMost);
    }

    /** Whether some device runs in operation modes: a choice among them is a mixed-integer program. */
    static boolean hasOperationModes(SchedulingProblem problem) {
        return problem.devices().stream().anyMatch(StorageDevice::hasOperationModes);
    }

    private double hardFloor(StorageDevice device, int j) {
        double floor = device.socMin();
        if (Double.isNaN(problem.site().socMinimaBreachPrice())) {
            if (device.socMinima().has(j)) {
                floor = Math.max(floor, device.socMinima().at(j));
            }
            if (device.socTargets().has(j)) {
                floor = Math.max(floor, device.socTargets().at(j));
            }
        }
        return floor;
    }

    private double hardCeiling(StorageDevice device, int j) {
        double ceiling = device.socMax();
        if (Double.isNaN(problem.site().socMaximaBreachPrice())) {
            if (device.socMaxima().has(j)) {
                ceiling = Math.min(ceiling, device.socMaxima().at(j));
            }
            if (device.socTargets().has(j)) {
                ceiling = Math.min(ceiling, device.socTargets().at(j));
            }
        }
        return ceiling;
    }

    /** Priced slack for stock minima, maxima and targets where they are soft. */
    private void softBounds(StorageDevice device, int j, int s) {
        SiteContext site = problem.site();
        double floor = Math.max(device.socMinima().has(j) ? device.socMinima().at(j) : Double.NEGATIVE_INFINITY,
                device.socTargets().has(j) ? device.socTargets().at(j) : Double.NEGATIVE_INFINITY);
        if (Double.isFinite(floor) && !Double.isNaN(site.socMinimaBreachPrice())) {
            int shortfall = lp.variable(0, Double.POSITIVE_INFINITY, site.socMinimaBreachPrice());
            lp.constrain(floor, Double.POSITIVE_INFINITY, new int[] {s, shortfall}, new double[] {1, 1});
        }
        double ceiling = Math.min(device.socMaxima().has(j) ? device.socMaxima().at(j) : Double.POSITIVE_INFINITY,
                device.socTargets().has(j) ? device.socTargets().at(j) : Double.POSITIVE_INFINITY);
        if (Double.isFinite(ceiling) && !Double.isNaN(site.socMaximaBreachPrice())) {
            int excess = lp.variable(0, Double.POSITIVE_INFINITY, site.socMaximaBreachPrice());
            lp.constrain(Double.NEGATIVE_INFINITY, ceiling, new int[] {s, excess}, new double[] {1, -1});
        }
    }

    /** A soft capacity: each step's breach priced per MW·h, the highest per MW. */
    private void breach(int flow, double capacity, double price, double h, int highest) {
        if (Double.isNaN(capacity) || Double.isNaN(price)) {
            return;
        }
        int breach = lp.variable(0, Double.POSITIVE_INFINITY, price * h);
        lp.constrain(Double.NEGATIVE_INFINITY, capacity, new int[] {flow, breach}, new double[] {1, -1});
        lp.constrain(0, Double.POSITIVE_INFINITY, new int[] {highest, breach}, new double[] {1, -1});
    }

    private static double noneIsInfinite(double limit) {
        return Double.isNaN(limit) ? Double.POSITIVE_INFINITY : limit;
    }

    boolean hasPreferences() {
        for (double[] weights : preference) {
            for (double w : weights) {
                if (w > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Turns the program into the second, lexicographic stage: the devices' preferences as the
     * objective, over the optimal face of the first — every variable with a nonzero reduced cost
     * stays where it is, every constraint with a nonzero dual stays active (complementary
     * slackness: exactly the cheapest schedules). The preferences never trade cost.
     */
    void preferAmongCheapest(LinearSolver.Outcome cheapest) {
        double[] values = cheapest.values();
        // the scale of the energy prices, not of the breach prices (10^7 per MW by default): measured against those,
        // the reduced costs of energy would all pass for zero and the second stage would leave the optimal face.
        // Too small a tolerance only holds more of the first optimum in place; the first optimum stays feasible.
        double scale = 1;
        SiteContext site = problem.site();
        for (int j = 0; j < problem.steps(); j++) {
            scale = Math.max(scale, Math.max(Math.abs(site.consumptionPrice().at(j)), Math.abs(site.productionPrice().at(j)))
                    * problem.hours());
        }
        double tolerance = 1e-9 * scale;
        for (int v = 0; v < lp.variables(); v++) {
            if (Math.abs(cheapest.reducedCosts()[v]) > tolerance) {
                lp.bounds(v, values[v], values[v]);
            }
            lp.cost(v, 0);
        }
        List<LinearProgram.Constraint> constraints = lp.constraints();
        for (int i = 0; i < cheapest.duals().length; i++) {
            LinearProgram.Constraint c = constraints.get(i);
            if (c.lower() != c.upper() && Math.abs(cheapest.duals()[i]) > tolerance) {
                lp.bounds(i, c.activity(values));
            }
        }
        for (int d = 0; d < preference.length; d++) {
            boolean hasStock = Double.isFinite(problem.devices().get(d).socMin());
            for (int j = 0; j < preference[d].length; j++) {
                if (preference[d][j] > 0) {
                    lp.cost(hasStock ? stock[d][j] : discharge[d][j], -preference[d][j]);
                }
            }
        }
    }

    /**
     * Whether some device charges and discharges in the same step (beyond round-off) where that
     * loses energy: only then does it differ from charging or discharging the difference.
     */
    boolean burnsEnergy(double[] values) {
        for (int d = 0; d < charge.length; d++) {
            StorageDevice device = problem.devices().get(d);
            for (int j = 0; j < charge[d].length; j++) {
                boolean lossless = device.chargingEfficiency().at(j) * device.dischargingEfficiency().at(j) == 1;
                if (!lossless && Math.min(values[charge[d][j]], values[discharge[d][j]]) > 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    Schedule schedule(double[] values) {
        List<Profile> power = new ArrayList<>();
        for (int d = 0; d < charge.length; d++) {
            double[] p = new double[charge[d].length];
            for (int j = 0; j < p.length; j++) {
                p[j] = values[charge[d][j]] - values[discharge[d][j]];
            }
            power.add(Profile.of(p));
        }
        return new Schedule(power);
    }
}
