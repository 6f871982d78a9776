package io.gridflex.adapter.planner.mode;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * What OptaPlanner moves: the operation mode one device runs in during one step, as the power
 * (µMW, positive consumption) of that mode. Mutable with a no-arg constructor, as OptaPlanner wants.
 */
@PlanningEntity
public class ModeChoice {

    private int id;
    private int device;
    private int step;
    private List<Long> levels;
    private Long power;

    public ModeChoice() {
    }

    ModeChoice(int id, int device, int step, List<Long> levels) {
        this.id = id;
        this.device = device;
        this.step = step;
        this.levels = List.copyOf(levels);
    }

    @PlanningId
    public int getId() {
        return id;
    }

    public int getDevice() {
        return device;
    }

    public int getStep() {
        return step;
    }

    @ValueRangeProvider(id = "levels")
    public List<Long> getLevels() {
        return levels;
    }

    @PlanningVariable(valueRangeProviderRefs = "levels")
    public Long getPower() {
        return power;
    }

    public void setPower(Long power) {
        this.power = power;
    }

    /** µMW, 0 while unassigned. */
    long load() {
        return power == null ? 0 : power;
    }
}
