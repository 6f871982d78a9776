package io.gridflex.adapter.planner.process;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/** The rules of placing processes, one method each. */
public class ProcessConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            onePieceOfAProcessAtATime(factory),
            siteHardLimit(factory),
            energyAndBreachCost(factory),
            energyPaidFor(factory),
            highestBreachAndPeak(factory),
            sooner(factory)
        };
    }

    /** A process runs at one power: two of its pieces never share a step. */
    Constraint onePieceOfAProcessAtATime(ConstraintFactory factory) {
        return factory.forEachUniquePair(ProcessPiece.class, Joiners.equal(ProcessPiece::getProcess))
                .filter(ProcessPiece::overlaps)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("one piece of a process at a time");
    }

    /** The site's consumption stays within its hard limit (site-power-capacity, or a capacity without breach price). */
    Constraint siteHardLimit(ConstraintFactory factory) {
        return factory.forEach(SiteStep.class)
                .join(ProcessPiece.class, Joiners.filtering((step, piece) -> piece.covers(step.index())))
                .groupBy((step, piece) -> step, sumLong((step, piece) -> piece.getPower()))
                .filter((step, load) -> step.overload(load) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (step, load) -> Math.max(1, step.overload(load) / 1000))
                .asConstraint("site hard limit");
    }

    /** What the energy costs, and each step's breach of a soft capacity, where processes run. */
    Constraint energyAndBreachCost(ConstraintFactory factory) {
        return factory.forEach(SiteStep.class)
                .join(ProcessPiece.class, Joiners.filtering((step, piece) -> piece.covers(step.index())))
                .groupBy((step, piece) -> step, sumLong((step, piece) -> piece.getPower()))
                .filter((step, load) -> step.marginalCost(load) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, SiteStep::marginalCost)
                .asConstraint("energy and breach cost");
    }

    /** Where prices are negative, running earns: a reward. */
    Constraint energyPaidFor(ConstraintFactory factory) {
        return factory.forEach(SiteStep.class)
                .join(ProcessPiece.class, Joiners.filtering((step, piece) -> piece.covers(step.index())))
                .groupBy((step, piece) -> step, sumLong((step, piece) -> piece.getPower()))
                .filter((step, load) -> step.marginalCost(load) < 0)
                .rewardLong(HardMediumSoftLongScore.ONE_MEDIUM, (step, load) -> -step.marginalCost(load))
                .asConstraint("energy paid for");
    }

    /** The highest consumption breach and peak, priced once for the horizon. */
    Constraint highestBreachAndPeak(ConstraintFactory factory) {
        return factory.forEach(SiteStep.class)
                .join(ProcessPiece.class, Joiners.filtering((step, piece) -> piece.covers(step.index())))
                .groupBy((step, piece) -> step, sumLong((step, piece) -> piece.getPower()))
                .groupBy(max((SiteStep step, Long load) -> step.consumptionBreach(load)), max((SiteStep step, Long load) -> step.consumption(load)))
                .join(ProcessPlan.SiteWide.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (breach, consumption, site) -> site.addedCost(breach, consumption))
                .asConstraint("highest breach and peak");
    }

    /** Among equally cheap placements, the sooner. */
    Constraint sooner(ConstraintFactory factory) {
        return factory.forEach(ProcessPiece.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, piece -> piece.getStart())
                .asConstraint("sooner");
    }
}
