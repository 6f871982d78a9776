package io.gridflex.adapter.planner.mode;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The choice of operation modes as OptaPlanner holds it: the site's steps, the devices, and one
 * choice per device and step. Hard: the site's and the stocks' hard limits; medium: cost
 * (µ-currency); soft: unused.
 */
@PlanningSolution
public class ModePlan {

    private List<ModeStep> steps;
    private List<ModeDevice> devices;
    private List<ModeChoice> choices;
    private HardMediumSoftLongScore score;

    public ModePlan() {
    }

    ModePlan(List<ModeStep> steps, List<ModeDevice> devices, List<ModeChoice> choices) {
        this.steps = List.copyOf(steps);
        this.devices = List.copyOf(devices);
        this.choices = choices;
    }

    @ProblemFactCollectionProperty
    public List<ModeStep> getSteps() {
        return steps;
    }

    @ProblemFactCollectionProperty
    public List<ModeDevice> getDevices() {
        return devices;
    }

    @PlanningEntityCollectionProperty
    public List<ModeChoice> getChoices() {
        return choices;
    }

    @PlanningScore
    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
