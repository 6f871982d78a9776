package org.example.gridflex.oneclass;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.SchedulingProblem;

/** A whole plugin in one class, in a flat package: plugin code on gridflex's scheduler port. */
public class GreedyScheduler implements Scheduler {

    @Override
    public String name() {
        return "GreedyScheduler";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public boolean canSchedule(SchedulingProblem problem) {
        return false;
    }

    @Override
    public Solution solve(SchedulingProblem problem) {
        throw new InfeasibleProblemException("This scheduler schedules nothing.");
    }
}
