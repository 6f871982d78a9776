package io.gridflex.adapter.planner.process;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The process problem as OptaPlanner holds it: the site's steps, the pieces to place, and the
 * site-wide prices of the highest breach and peaks. Hard: limits; medium: cost (µ-currency);
 * soft: sooner (FlexMeasures ranks equally cheap steps by time).
 */
@PlanningSolution
public class ProcessPlan {

    private List<SiteStep> steps;
    private List<ProcessPiece> pieces;
    private SiteWide site;
    private HardMediumSoftLongScore score;

    public ProcessPlan() {
    }

    ProcessPlan(List<SiteStep> steps, List<ProcessPiece> pieces, SiteWide site) {
        this.steps = List.copyOf(steps);
        this.pieces = pieces;
        this.site = site;
    }

    /**
     * The site-wide terms of the cost: the highest consumption breach and peak, priced once. The
     * baselines are their values without any process (over all steps), so that the constraint,
     * which sees only steps where processes run, adds just what the processes add.
     */
    public record SiteWide(double consumptionBreachPrice, double peakConsumption, double peakConsumptionPrice,
                           long baselineBreach, long baselineConsumption) {

        /** µ-currency the processes add to the highest breach and consumption peak, given those of their steps (µMW). */
        long addedCost(long highestBreach, long highestConsumption) {
            return cost(Math.max(baselineBreach, highestBreach), Math.max(baselineConsumption, highestConsumption))
                    - cost(baselineBreach, baselineConsumption);
        }

        private long cost(long breach, long consumption) {
            double cost = 0;
            if (!Double.isNaN(consumptionBreachPrice)) {
                cost += consumptionBreachPrice * breach / SiteStep.MICRO;
            }
            cost += peakConsumptionPrice * Math.max(0, consumption / SiteStep.MICRO - peakConsumption);
            return Math.round(cost * SiteStep.MICRO);
        }
    }

    @ProblemFactCollectionProperty
    public List<SiteStep> getSteps() {
        return steps;
    }

    @ProblemFactProperty
    public SiteWide getSite() {
        return site;
    }

    @PlanningEntityCollectionProperty
    public List<ProcessPiece> getPieces() {
        return pieces;
    }

    @PlanningScore
    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
