package io.gridflex.adapter.planner.mode;

import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.StorageDevice;
import java.time.Duration;
import java.util.List;

/**
 * A device choosing among operation modes, as the constraints see it: the stock its choices lead
 * to (the domain's own {@link StorageDevice#stock}) and how far that leaves its bounds — hard
 * (soc-min, soc-max, and minima, maxima and targets where they are not relaxed, µMWh) or priced
 * (µ-currency, where they are).
 */
public record ModeDevice(int index, StorageDevice device, Duration resolution, double minimaBreachPrice,
                         double maximaBreachPrice) {

    private double[] stock(List<ModeChoice> choices) {
        double[] power = new double[device.steps()];
        for (ModeChoice choice : choices) {
            power[choice.getStep()] = choice.load() / ModeStep.MICRO;
        }
        return device.stock(Profile.of(power), resolution);
    }

    /** µMWh the stock lies outside its hard bounds, summed over the steps. */
    long hardBreach(List<ModeChoice> choices) {
        double[] s = stock(choices);
        double breach = 0;
        for (int j = 0; j < s.length; j++) {
            breach += Math.max(0, device.socMin() - s[j]) + Math.max(0, s[j] - device.socMax());
            if (Double.isNaN(minimaBreachPrice)) {
                breach += device.shortfall(s[j], j);
            }
            if (Double.isNaN(maximaBreachPrice)) {
                breach += device.excess(s[j], j);
            }
        }
        return Math.round(breach * ModeStep.MICRO);
    }

    /** µ-currency of the relaxed minima, maxima and targets the stock misses. */
    long pricedBreach(List<ModeChoice> choices) {
        double[] s = stock(choices);
        double cost = 0;
        for (int j = 0; j < s.length; j++) {
            if (!Double.isNaN(minimaBreachPrice)) {
                cost += minimaBreachPrice * device.shortfall(s[j], j);
            }
            if (!Double.isNaN(maximaBreachPrice)) {
                cost += maximaBreachPrice * device.excess(s[j], j);
            }
        }
        return Math.round(cost * ModeStep.MICRO);
    }
}
