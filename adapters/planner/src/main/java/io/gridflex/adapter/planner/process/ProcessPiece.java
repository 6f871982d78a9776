package io.gridflex.adapter.planner.process;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * What OptaPlanner moves: a piece of a process, placed by its first step. A block process
 * (inflexible, shiftable) is one piece of its whole length; a breakable one is a piece per step.
 * Mutable with a no-arg constructor, as OptaPlanner wants: it lives only inside this adapter.
 */
@PlanningEntity
public class ProcessPiece {

    private int id;
    private int process;
    private int length;
    private long power; // µMW
    private List<Integer> starts;
    private boolean pinned;
    private Integer start;

    public ProcessPiece() {
    }

    ProcessPiece(int id, int process, int length, long power, List<Integer> starts, Integer pinnedAt) {
        this.id = id;
        this.process = process;
        this.length = length;
        this.power = power;
        this.starts = List.copyOf(starts);
        this.pinned = pinnedAt != null;
        this.start = pinnedAt;
    }

    @PlanningId
    public int getId() {
        return id;
    }

    public int getProcess() {
        return process;
    }

    public int getLength() {
        return length;
    }

    public long getPower() {
        return power;
    }

    @ValueRangeProvider(id = "starts")
    public List<Integer> getStarts() {
        return starts;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    @PlanningVariable(valueRangeProviderRefs = "starts")
    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    boolean covers(int step) {
        return start != null && step >= start && step < start + length;
    }

    boolean overlaps(ProcessPiece other) {
        return start != null && other.start != null && start < other.start + other.length && other.start < start + length;
    }
}
