package org.example.gridflex.withadapter;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.SchedulingProblem;
import org.example.gridflex.withadapter.application.port.in.PriceSensorsUseCase;

/** Plugin code beside the layers: it may use the plugin's own use cases and gridflex's ports. */
public class PricingScheduler implements Scheduler {
    private final PriceSensorsUseCase prices;

    public PricingScheduler(PriceSensorsUseCase prices) {
        this.prices = prices;
    }

    @Override
    public String name() {
        return "PricingScheduler";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public boolean canSchedule(SchedulingProblem problem) {
        return prices != null;
    }

    @Override
    public Solution solve(SchedulingProblem problem) {
        throw new InfeasibleProblemException("Prices only.");
    }
}
