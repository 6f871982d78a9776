package io.gridflex.domain.scheduling;

import static io.gridflex.domain.scheduling.Profile.requireSteps;
import static io.gridflex.domain.scheduling.Profile.requireWithin;

import io.gridflex.domain.invariant.Require;

/**
 * The flex-context of the site the devices share, one number per step where it varies. A breach
 * price of NaN makes its limit hard; a limit of NaN is no limit.
 *
 * @param consumptionPrice per MWh consumed by the site
 * @param productionPrice per MWh produced by the site
 * @param inflexible the net consumption of the site's inflexible devices, MW
 * @param sitePowerCapacity hard limit on the site's flow either way, MW
 * @param siteConsumptionCapacity limit on the site's consumption, MW (soft where it has a breach price)
 * @param siteProductionCapacity limit on the site's production, MW (soft where it has a breach price)
 * @param siteConsumptionBreachPrice per MW of the highest breach, and per MW·h of each step's breach
 * @param siteProductionBreachPrice the same for production
 * @param sitePeakConsumption consumption above this is a peak, MW
 * @param sitePeakConsumptionPrice per MW of the highest peak
 * @param sitePeakProduction production above this is a peak, MW
 * @param sitePeakProductionPrice per MW of the highest peak
 * @param socMinimaBreachPrice per MWh a device's stock falls short of a minimum or target, each step
 * @param socMaximaBreachPrice per MWh a device's stock exceeds a maximum or target, each step
 */
public record SiteContext(Profile consumptionPrice, Profile productionPrice, Profile inflexible, Profile sitePowerCapacity,
                          Profile siteConsumptionCapacity, Profile siteProductionCapacity, double siteConsumptionBreachPrice,
                          double siteProductionBreachPrice, double sitePeakConsumption, double sitePeakConsumptionPrice,
                          double sitePeakProduction, double sitePeakProductionPrice, double socMinimaBreachPrice,
                          double socMaximaBreachPrice) {

    public SiteContext {
        int n = Require.present("consumption-price", consumptionPrice).steps();
        requireWithin("consumption-price", consumptionPrice, -Double.MAX_VALUE, Double.MAX_VALUE, false);
        requireWithin("production-price", requireSteps("production-price", productionPrice, n), -Double.MAX_VALUE,
                Double.MAX_VALUE, false);
        requireWithin("inflexible-device-sensors", requireSteps("inflexible-device-sensors", inflexible, n), -Double.MAX_VALUE,
                Double.MAX_VALUE, false);
        requireWithin("site-power-capacity", requireSteps("site-power-capacity", sitePowerCapacity, n), 0, Double.MAX_VALUE, true);
        requireWithin("site-consumption-capacity", requireSteps("site-consumption-capacity", siteConsumptionCapacity, n), 0,
                Double.MAX_VALUE, true);
        requireWithin("site-production-capacity", requireSteps("site-production-capacity", siteProductionCapacity, n), 0,
                Double.MAX_VALUE, true);
        priceOrNone("site-consumption-breach-price", siteConsumptionBreachPrice);
        priceOrNone("site-production-breach-price", siteProductionBreachPrice);
        priceOrNone("soc-minima-breach-price", socMinimaBreachPrice);
        priceOrNone("soc-maxima-breach-price", socMaximaBreachPrice);
        Require.that(sitePeakConsumption >= 0, "site-peak-consumption", "Must not be negative.");
        Require.that(sitePeakProduction >= 0, "site-peak-production", "Must not be negative.");
        Require.that(sitePeakConsumptionPrice >= 0, "site-peak-consumption-price", "Must not be negative.");
        Require.that(sitePeakProductionPrice >= 0, "site-peak-production-price", "Must not be negative.");
    }

    private static void priceOrNone(String field, double price) {
        Require.that(Double.isNaN(price) || (price >= 0 && Double.isFinite(price)), field, "Must not be negative.");
    }

    /** Energy prices only: no inflexible load, no limits, no penalties. */
    public static SiteContext prices(Profile consumptionPrice, Profile productionPrice) {
        int n = consumptionPrice.steps();
        return new SiteContext(consumptionPrice, productionPrice, Profile.constant(n, 0), Profile.none(n), Profile.none(n),
                Profile.none(n), Double.NaN, Double.NaN, 0, 0, 0, 0, Double.NaN, Double.NaN);
    }

    /** This context with other inflexible devices: where devices scheduled earlier join them (sequential scheduling). */
    public SiteContext withInflexible(Profile others) {
        return new SiteContext(consumptionPrice, productionPrice, others, sitePowerCapacity, siteConsumptionCapacity,
                siteProductionCapacity, siteConsumptionBreachPrice, siteProductionBreachPrice, sitePeakConsumption,
                sitePeakConsumptionPrice, sitePeakProduction, sitePeakProductionPrice, socMinimaBreachPrice, socMaximaBreachPrice);
    }

    /** This context over the first {@code steps} steps only (a device whose horizon ends sooner). */
    public SiteContext head(int steps) {
        return new SiteContext(consumptionPrice.head(steps), productionPrice.head(steps), inflexible.head(steps),
                sitePowerCapacity.head(steps), siteConsumptionCapacity.head(steps), siteProductionCapacity.head(steps),
                siteConsumptionBreachPrice, siteProductionBreachPrice, sitePeakConsumption, sitePeakConsumptionPrice,
                sitePeakProduction, sitePeakProductionPrice, socMinimaBreachPrice, socMaximaBreachPrice);
    }

    public int steps() {
        return consumptionPrice.steps();
    }

    /**
     * The hard limit on the site's consumption in a step: the power capacity, and the consumption
     * capacity where it has no breach price; NaN for none. What solvers must not exceed.
     */
    public double hardConsumptionLimit(int j) {
        return lowest(sitePowerCapacity.at(j), Double.isNaN(siteConsumptionBreachPrice) ? siteConsumptionCapacity.at(j) : Double.NaN);
    }

    /** The same for production. */
    public double hardProductionLimit(int j) {
        return lowest(sitePowerCapacity.at(j), Double.isNaN(siteProductionBreachPrice) ? siteProductionCapacity.at(j) : Double.NaN);
    }

    private static double lowest(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }
}
