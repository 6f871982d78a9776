package io.gridflex.adapter.planner.mode;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/** The rules of choosing operation modes, one method each. */
public class ModeConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            siteHardLimits(factory),
            stockHardLimits(factory),
            energyCost(factory),
            energyEarned(factory),
            stockBreachCost(factory)
        };
    }

    /** The site's net power stays within its hard consumption and production limits. */
    Constraint siteHardLimits(ConstraintFactory factory) {
        return factory.forEach(ModeChoice.class)
                .groupBy(ModeChoice::getStep, sumLong(ModeChoice::load))
                .join(ModeStep.class, Joiners.equal((step, load) -> step, ModeStep::index))
                .filter((step, load, site) -> site.overload(load) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (step, load, site) -> Math.max(1, site.overload(load) / 1000))
                .asConstraint("site hard limits");
    }

    /** Each device's stock stays within its hard bounds. */
    Constraint stockHardLimits(ConstraintFactory factory) {
        return factory.forEach(ModeChoice.class)
                .groupBy(ModeChoice::getDevice, toList())
                .join(ModeDevice.class, Joiners.equal((device, choices) -> device, ModeDevice::index))
                .filter((device, choices, model) -> model.hardBreach(choices) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (device, choices, model) -> Math.max(1, model.hardBreach(choices) / 1000))
                .asConstraint("stock hard limits");
    }

    /** What the site's energy costs at each step where it pays. */
    Constraint energyCost(ConstraintFactory factory) {
        return factory.forEach(ModeChoice.class)
                .groupBy(ModeChoice::getStep, sumLong(ModeChoice::load))
                .join(ModeStep.class, Joiners.equal((step, load) -> step, ModeStep::index))
                .filter((step, load, site) -> site.cost(load) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (step, load, site) -> site.cost(load))
                .asConstraint("energy cost");
    }

    /** What the site's energy earns at each step where it earns (exporting, or consuming at a negative price). */
    Constraint energyEarned(ConstraintFactory factory) {
        return factory.forEach(ModeChoice.class)
                .groupBy(ModeChoice::getStep, sumLong(ModeChoice::load))
                .join(ModeStep.class, Joiners.equal((step, load) -> step, ModeStep::index))
                .filter((step, load, site) -> site.cost(load) < 0)
                .rewardLong(HardMediumSoftLongScore.ONE_MEDIUM, (step, load, site) -> -site.cost(load))
                .asConstraint("energy earned");
    }

    /** What the relaxed minima, maxima and targets the stocks miss cost. */
    Constraint stockBreachCost(ConstraintFactory factory) {
        return factory.forEach(ModeChoice.class)
                .groupBy(ModeChoice::getDevice, toList())
                .join(ModeDevice.class, Joiners.equal((device, choices) -> device, ModeDevice::index))
                .filter((device, choices, model) -> model.pricedBreach(choices) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (device, choices, model) -> model.pricedBreach(choices))
                .asConstraint("stock breach cost");
    }
}
