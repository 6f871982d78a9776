package io.gridflex.adapter.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.application.scheduling.service.SchedulerRegistry;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plugin's scheduler is found through ServiceLoader and as a given bean, and wins by its priority. */
class SchedulerDiscoveryTest {

    /** The example plugin of docs/scheduling.md: idles every device, for problems of one step. */
    public static final class IdleScheduler implements Scheduler {
        @Override
        public String name() {
            return "IdleScheduler";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public int priority() {
            return 10;
        }

        @Override
        public boolean canSchedule(SchedulingProblem problem) {
            return problem.steps() == 1;
        }

        @Override
        public Solution solve(SchedulingProblem problem) {
            return new Solution(new Schedule(problem.devices().stream().map(d -> Profile.constant(1, 0)).toList()), "idle", 0);
        }
    }

    static SchedulingProblem steps(int n) {
        EventGrid grid = new EventGrid(StorageScenarios.DAY_2, Duration.ofHours(1), n);
        return new SchedulingProblem(grid, List.of(StorageScenarios.device(n).soc(1, 0, 2).capacity(1, 1).build()),
                StorageScenarios.prices(Profile.constant(n, 10), Profile.constant(n, 10)));
    }

    @Test
    void finds_the_storage_scheduler_and_a_plugin_through_service_loader() {
        SchedulerRegistry registry = SchedulerRegistry.discovered();

        assertThat(registry.schedulers()).extracting(Scheduler::name).containsExactly("IdleScheduler", "ModeScheduler", "StorageScheduler",
                "ProcessScheduler");
        assertThat(registry.schedulerFor(steps(1)).name()).isEqualTo("IdleScheduler");
        assertThat(registry.schedulerFor(steps(4)).name()).isEqualTo("StorageScheduler");
    }

    @Test
    void takes_a_given_bean_once_even_when_service_loader_names_its_class_too() {
        StorageScheduler bean = new StorageScheduler();
        SchedulerRegistry registry = new SchedulerRegistry(List.of(bean));

        assertThat(registry.schedulers()).hasSize(4).contains(bean);
    }
}
