package io.gridflex.application.scheduling.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.SchedulingProblem;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One declared scheduler whose class is missing, or whose class cannot initialise, costs no other. */
class SchedulerRegistryDiscoveryTest {

    public static class WorkingScheduler implements Scheduler {
        @Override
        public String name() {
            return "WorkingScheduler";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public boolean canSchedule(SchedulingProblem problem) {
            return true;
        }

        @Override
        public Solution solve(SchedulingProblem problem) {
            throw new UnsupportedOperationException();
        }
    }

    /** Stands for a planner whose library is absent: its class cannot initialise. */
    public static final class FailingScheduler extends WorkingScheduler {
        static final Object LIBRARY = missingLibrary();

        private static Object missingLibrary() {
            throw new IllegalStateException("the solver's native library is not there");
        }
    }

    /** The services file's declarations, seen through a class loader of their own (so no other test finds them). */
    private static ClassLoader declaringBrokenSchedulers() {
        URL root = SchedulerRegistryDiscoveryTest.class.getResource("/broken-schedulers/");
        return new URLClassLoader(new URL[] {root}, SchedulerRegistryDiscoveryTest.class.getClassLoader());
    }

    @Test
    void skips_a_missing_class_and_a_failing_initialiser_and_finds_the_rest() {
        SchedulerRegistry registry = new SchedulerRegistry(List.of(), declaringBrokenSchedulers());

        assertThat(registry.schedulers()).extracting(Scheduler::name).containsExactly("WorkingScheduler");
    }

    @Test
    void keeps_the_given_schedulers_beside_the_found_ones() {
        Scheduler given = new WorkingScheduler() {
            @Override
            public String name() {
                return "Given";
            }

            @Override
            public int priority() {
                return 5;
            }
        };

        SchedulerRegistry registry = new SchedulerRegistry(List.of(given), declaringBrokenSchedulers());

        assertThat(registry.schedulers()).extracting(Scheduler::name).containsExactly("Given", "WorkingScheduler");
    }
}
