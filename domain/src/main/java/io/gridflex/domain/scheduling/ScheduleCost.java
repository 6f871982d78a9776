package io.gridflex.domain.scheduling;

/**
 * What a schedule costs, in the currency of the prices, by part.
 *
 * @param energy consumption priced at the consumption price minus production at the production price
 * @param siteBreaches capacity breaches of the site (highest breach and each step's)
 * @param peaks the highest consumption and production peaks
 * @param stockBreaches devices' stocks outside their minima, maxima and targets
 */
public record ScheduleCost(double energy, double siteBreaches, double peaks, double stockBreaches) {

    public double total() {
        return energy + siteBreaches + peaks + stockBreaches;
    }
}
