package io.gridflex.bootstrap;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * A plugin scheduler as a Micronaut bean (the other way plugins are found, beside ServiceLoader):
 * it takes the highest priority and never answers within its delay. Only where a test asks for it.
 */
@Singleton
@Requires(property = "test.slow-scheduler.delay")
class SlowScheduler implements Scheduler {

    private final long delayMillis;

    SlowScheduler(@Value("${test.slow-scheduler.delay}") java.time.Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    @Override
    public String name() {
        return "SlowScheduler";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public boolean canSchedule(SchedulingProblem problem) {
        return true;
    }

    @Override
    public Solution solve(SchedulingProblem problem) {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("SlowScheduler gives no schedule.");
    }
}
