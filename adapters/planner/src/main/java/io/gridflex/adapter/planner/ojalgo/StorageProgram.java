package io.gridflex.adapter.planner.ojalgo;

import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.scheduling.StorageDevice;
import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * FlexMeasures' device scheduler as an ojAlgo model: per device and step a charging and a
 * discharging power and the stock they lead to; per step the site's import and export, priced;
 * soft limits as priced slack. With {@code signs}, binaries keep a device from charging and
 * discharging in one step, and the site from importing and exporting in one step where export
 * pays more than import costs (only then would a linear program do either).
 */
final class StorageProgram {

    /** How far above the cheapest cost the preferences may lead, relative to it (and absolute below 1). */
    static final double PREFERENCE_ROOM = 1e-9;
    static final long TIME_LIMIT_MS = 60_000;

    private final SchedulingProblem problem;
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final int[][] charge;
    private final int[][] discharge;
    private final int[][] stock;
    private final double[][] tieWeight;
    private final List<Double> costWeights = new ArrayList<>();
    private int variables;

    StorageProgram(SchedulingProblem problem, boolean signs) {
        this.problem = problem;
        int n = problem.steps();
        int devices = problem.devices().size();
        charge = new int[devices][n];
        discharge = new int[devices][n];
        stock = new int[devices][n];
        tieWeight = new double[devices][n];
        model.options.time_abort = TIME_LIMIT_MS; // branch-and-bound can run long: fail cleanly instead
        build(signs);
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
        double h = problem.resolution().toNanos() / 3.6e12;
        double scale = 1;
        for (int j = 0; j < n; j++) {
            scale = Math.max(scale, Math.max(Math.abs(site.consumptionPrice().at(j)), Math.abs(site.productionPrice().at(j))));
        }
        for (int d = 0; d < problem.devices().size(); d++) {
            StorageDevice device = problem.devices().get(d);
            for (int j = 0; j < n; j++) {
                double preference = (double) (n - j) / n;
                Variable c = variable(0, device.consumptionCapacity().at(j), 0);
                charge[d][j] = lastIndex();
                Variable g = variable(0, device.productionCapacity().at(j), 0);
                discharge[d][j] = lastIndex();
                boolean hasStock = Double.isFinite(device.socMin());
                // prefer charging sooner: more stock, earlier steps weighing more; a device without a
                // stock (curtailable production) prefers producing sooner, i.e. curtailing later
                tieWeight[d][j] = hasStock ? (device.preferChargingSooner() ? preference : 0)
                        : (device.preferCurtailingLater() ? preference : 0);
                Variable s = variable(hardFloor(device, j), hardCeiling(device, j), 0);
                stock[d][j] = lastIndex();
                softBounds(device, j, s);
                // S_j − a·S_{j−1} − b·h·(η_c·c − g/η_d) = b·h·(gain − usage) [+ a·S_0 at the first step]
                double a = device.decay(j);
                double b = device.inflowWeight(j);
                Expression dynamics = model.addExpression();
                dynamics.set(s, 1);
                dynamics.set(c, -b * h * device.chargingEfficiency().at(j));
                dynamics.set(g, b * h / device.dischargingEfficiency().at(j));
                double rhs = b * h * (device.socGain().at(j) - device.socUsage().at(j));
                if (j == 0) {
                    rhs += a * device.socAtStart();
                } else {
                    dynamics.set(model.getVariable(stock[d][j - 1]), -a);
                }
                dynamics.level(rhs);
                if (signs && device.isBidirectional()) {
                    Variable charging = model.addVariable().binary();
                    variables++;
                    costWeights.add(0.0);
                    model.addExpression().set(c, 1).set(charging, -device.consumptionCapacity().at(j)).upper(0);
                    model.addExpression().set(g, 1).set(charging, device.productionCapacity().at(j))
                            .upper(device.productionCapacity().at(j));
                }
            }
        }
        Variable highestConsumptionBreach = Double.isNaN(site.siteConsumptionBreachPrice()) ? null
                : variable(0, Double.POSITIVE_INFINITY, site.siteConsumptionBreachPrice());
        Variable highestProductionBreach = Double.isNaN(site.siteProductionBreachPrice()) ? null
                : variable(0, Double.POSITIVE_INFINITY, site.siteProductionBreachPrice());
        Variable consumptionPeak = site.sitePeakConsumptionPrice() > 0
                ? variable(0, Double.POSITIVE_INFINITY, site.sitePeakConsumptionPrice()) : null;
        Variable productionPeak = site.sitePeakProductionPrice() > 0
                ? variable(0, Double.POSITIVE_INFINITY, site.sitePeakProductionPrice()) : null;
        boolean siteSigns = signs && exportPaysMore(site);
        for (int j = 0; j < n; j++) {
            double inflexible = site.inflexible().at(j);
            Variable imported = variable(0, hardLimit(site.sitePowerCapacity().at(j), site.siteConsumptionCapacity().at(j),
                    site.siteConsumptionBreachPrice()), site.consumptionPrice().at(j) * h);
            Variable exported = variable(0, hardLimit(site.sitePowerCapacity().at(j), site.siteProductionCapacity().at(j),
                    site.siteProductionBreachPrice()), -site.productionPrice().at(j) * h);
            // Σ (c − g) − import + export = −inflexible
            Expression balance = model.addExpression();
            for (int d = 0; d < problem.devices().size(); d++) {
                balance.set(charge[d][j], 1);
                balance.set(discharge[d][j], -1);
            }
            balance.set(imported, -1).set(exported, 1).level(-inflexible);
            breach(imported, site.siteConsumptionCapacity().at(j), site.siteConsumptionBreachPrice(), h, highestConsumptionBreach);
            breach(exported, site.siteProductionCapacity().at(j), site.siteProductionBreachPrice(), h, highestProductionBreach);
            if (consumptionPeak != null) {
                model.addExpression().set(consumptionPeak, 1).set(imported, -1).lower(-site.sitePeakConsumption());
            }
            if (productionPeak != null) {
                model.addExpression().set(productionPeak, 1).set(exported, -1).lower(-site.sitePeakProduction());
            }
            if (siteSigns && site.productionPrice().at(j) > site.consumptionPrice().at(j)) {
                double m = Math.abs(inflexible); // the most the site can move in this step
                for (StorageDevice device : problem.devices()) {
                    m += Math.max(device.consumptionCapacity().at(j), device.productionCapacity().at(j));
                }
                Variable importing = model.addVariable().binary();
                variables++;
                costWeights.add(0.0);
                model.addExpression().set(imported, 1).set(importing, -m).upper(0);
                model.addExpression().set(exported, 1).set(importing, m).upper(m);
            }
        }
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
    private void softBounds(StorageDevice device, int j, Variable s) {
        SiteContext site = problem.site();
        double floor = Math.max(device.socMinima().has(j) ? device.socMinima().at(j) : Double.NEGATIVE_INFINITY,
                device.socTargets().has(j) ? device.socTargets().at(j) : Double.NEGATIVE_INFINITY);
        if (Double.isFinite(floor) && !Double.isNaN(site.socMinimaBreachPrice())) {
            Variable shortfall = variable(0, Double.POSITIVE_INFINITY, site.socMinimaBreachPrice());
            model.addExpression().set(s, 1).set(shortfall, 1).lower(floor);
        }
        double ceiling = Math.min(device.socMaxima().has(j) ? device.socMaxima().at(j) : Double.POSITIVE_INFINITY,
                device.socTargets().has(j) ? device.socTargets().at(j) : Double.POSITIVE_INFINITY);
        if (Double.isFinite(ceiling) && !Double.isNaN(site.socMaximaBreachPrice())) {
            Variable excess = variable(0, Double.POSITIVE_INFINITY, site.socMaximaBreachPrice());
            model.addExpression().set(s, 1).set(excess, -1).upper(ceiling);
        }
    }

    /** A soft capacity: each step's breach priced per MW·h, the highest per MW. */
    private void breach(Variable flow, double capacity, double price, double h, Variable highest) {
        if (Double.isNaN(capacity) || Double.isNaN(price)) {
            return;
        }
        Variable breach = variable(0, Double.POSITIVE_INFINITY, price * h);
        model.addExpression().set(flow, 1).set(breach, -1).upper(capacity);
        model.addExpression().set(highest, 1).set(breach, -1).lower(0);
    }

    /** The hard part of a site limit: the power capacity, and the directional capacity where it has no breach price. */
    private static double hardLimit(double power, double directional, double breachPrice) {
        double limit = Double.isNaN(power) ? Double.POSITIVE_INFINITY : power;
        if (!Double.isNaN(directional) && Double.isNaN(breachPrice)) {
            limit = Math.min(limit, directional);
        }
        return limit;
    }

    private Variable variable(double lower, double upper, double weight) {
        Variable v = model.addVariable();
        variables++;
        costWeights.add(weight);
        if (lower > Double.NEGATIVE_INFINITY) {
            v.lower(lower);
        }
        if (upper < Double.POSITIVE_INFINITY) {
            v.upper(upper);
        }
        if (weight != 0) {
            v.weight(weight);
        }
        return v;
    }

    /** The index of the variable added last, as the solver's result lists it. */
    private int lastIndex() {
        return variables - 1;
    }

    /** The cheapest schedule: a result in the solver's terms, or its failure. */
    Optimisation.Result minimise() {
        return model.minimise();
    }

    /**
     * Among schedules costing at most the cheapest's cost (plus {@link #PREFERENCE_ROOM}), the one
     * the devices' preferences favour: lexicographic, so the preferences never trade cost.
     * Answers {@code cheapest} where there is nothing to prefer or the second solve fails.
     */
    Optimisation.Result preferred(Optimisation.Result cheapest) {
        boolean any = false;
        for (double[] weights : tieWeight) {
            for (double w : weights) {
                any |= w > 0;
            }
        }
        if (!any) {
            return cheapest;
        }
        double cost = 0;
        for (int i = 0; i < costWeights.size(); i++) {
            cost += costWeights.get(i) * cheapest.doubleValue(i);
        }
        Expression budget = model.addExpression();
        for (int i = 0; i < costWeights.size(); i++) {
            if (costWeights.get(i) != 0) {
                budget.set(model.getVariable(i), costWeights.get(i));
                model.getVariable(i).weight(0);
            }
        }
        budget.upper(cost + PREFERENCE_ROOM * Math.max(1, Math.abs(cost)));
        for (int d = 0; d < tieWeight.length; d++) {
            boolean hasStock = Double.isFinite(problem.devices().get(d).socMin());
            for (int j = 0; j < tieWeight[d].length; j++) {
                if (tieWeight[d][j] > 0) {
                    model.getVariable(hasStock ? stock[d][j] : discharge[d][j]).weight(-tieWeight[d][j]);
                }
            }
        }
        Optimisation.Result preferred = model.minimise();
        return preferred.getState().isOptimal() ? preferred : cheapest;
    }

    /**
     * Whether some device charges and discharges in the same step (beyond round-off) where that
     * loses energy: only then does it differ from charging or discharging the difference.
     */
    boolean burnsEnergy(Optimisation.Result result) {
        for (int d = 0; d < charge.length; d++) {
            StorageDevice device = problem.devices().get(d);
            for (int j = 0; j < charge[d].length; j++) {
                boolean lossless = device.chargingEfficiency().at(j) * device.dischargingEfficiency().at(j) == 1;
                if (!lossless && Math.min(result.doubleValue(charge[d][j]), result.doubleValue(discharge[d][j])) > 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    Schedule schedule(Optimisation.Result result) {
        List<Profile> power = new ArrayList<>();
        for (int d = 0; d < charge.length; d++) {
            double[] p = new double[charge[d].length];
            for (int j = 0; j < p.length; j++) {
                p[j] = result.doubleValue(charge[d][j]) - result.doubleValue(discharge[d][j]);
            }
            power.add(Profile.of(p));
        }
        return new Schedule(power);
    }

}
