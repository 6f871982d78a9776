package io.gridflex.adapter.planner.process;

/**
 * One step of the site as the constraints see it: what a load of processes costs there, in
 * µ-currency, and how far it exceeds the hard limit or the peak and breach thresholds, in µMW.
 * The figures are the domain's cost function ({@code SchedulingProblem.cost}) split by step.
 */
public record SiteStep(int index, double inflexible, double consumptionPrice, double productionPrice, double hardLimit,
                       double consumptionCapacity, double consumptionBreachPrice, double productionCapacity,
                       double productionBreachPrice, double hours) {

    static final double MICRO = 1e6;

    /** µ-currency of energy and step-wise breaches at this step under a process load (µMW) on top of the inflexible. */
    long cost(long load) {
        double net = inflexible + load / MICRO;
        double consumed = Math.max(net, 0);
        double produced = Math.max(-net, 0);
        double cost = (consumptionPrice * consumed - productionPrice * produced) * hours;
        cost += priced(consumptionBreachPrice, Double.isNaN(consumptionCapacity) ? 0 : Math.max(0, consumed - consumptionCapacity)) * hours;
        cost += priced(productionBreachPrice, Double.isNaN(productionCapacity) ? 0 : Math.max(0, produced - productionCapacity)) * hours;
        return Math.round(cost * MICRO);
    }

    /** The cost this step adds where processes run: the constraints count only steps with load. */
    long marginalCost(long load) {
        return cost(load) - cost(0);
    }

    /** µMW above the hard limit (0 where there is none). */
    long overload(long load) {
        double net = inflexible + load / MICRO;
        return Double.isNaN(hardLimit) ? 0 : Math.max(0, Math.round((net - hardLimit) * MICRO));
    }

    /** µMW of consumption breach (soft capacity) under a load. */
    long consumptionBreach(long load) {
        double consumed = Math.max(inflexible + load / MICRO, 0);
        return Double.isNaN(consumptionCapacity) ? 0 : Math.round(Math.max(0, consumed - consumptionCapacity) * MICRO);
    }

    /** µMW consumed under a load. */
    long consumption(long load) {
        return Math.round(Math.max(inflexible + load / MICRO, 0) * MICRO);
    }

    private static double priced(double price, double amount) {
        return Double.isNaN(price) ? 0 : price * amount;
    }
}
