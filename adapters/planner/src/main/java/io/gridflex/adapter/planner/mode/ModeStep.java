package io.gridflex.adapter.planner.mode;

/**
 * One step of the site as the constraints see it: what the devices' load costs there (energy at
 * the consumption or production price), µ-currency, and how far it leaves the site's hard limits,
 * µMW — the domain's cost function split by step.
 */
public record ModeStep(int index, double inflexible, double consumptionPrice, double productionPrice, double consumptionLimit,
                       double productionLimit, double hours) {

    static final double MICRO = 1e6;

    /** µ-currency of the site's energy at this step under a load of the devices (µMW). */
    long cost(long load) {
        double net = inflexible + load / MICRO;
        double cost = (consumptionPrice * Math.max(net, 0) - productionPrice * Math.max(-net, 0)) * hours;
        return Math.round(cost * MICRO);
    }

    /** µMW beyond the hard consumption or production limit (0 where there is none). */
    long overload(long load) {
        double net = inflexible + load / MICRO;
        double over = Double.isNaN(consumptionLimit) ? 0 : Math.max(0, net - consumptionLimit);
        double under = Double.isNaN(productionLimit) ? 0 : Math.max(0, -net - productionLimit);
        return Math.round((over + under) * MICRO);
    }
}
