package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.SchedulingProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The schedulers gridflex knows: those it is given (the server's beans) and those any jar on the
 * class path declares through {@link ServiceLoader}, one per class. A problem goes to the first
 * that can schedule it, highest {@link Scheduler#priority()} first.
 */
public final class SchedulerRegistry {

    private final List<Scheduler> schedulers;

    public SchedulerRegistry(List<? extends Scheduler> given) {
        Map<Class<?>, Scheduler> byClass = new LinkedHashMap<>();
        given.forEach(s -> byClass.putIfAbsent(s.getClass(), s));
        ServiceLoader.load(Scheduler.class).forEach(s -> byClass.putIfAbsent(s.getClass(), s));
        List<Scheduler> ordered = new ArrayList<>(byClass.values());
        ordered.sort(Comparator.comparingInt(Scheduler::priority).reversed());
        this.schedulers = List.copyOf(ordered);
    }

    /** Only what {@link ServiceLoader} finds. */
    public static SchedulerRegistry discovered() {
        return new SchedulerRegistry(List.of());
    }

    public List<Scheduler> schedulers() {
        return schedulers;
    }

    public Scheduler schedulerFor(SchedulingProblem problem) {
        return schedulers.stream().filter(s -> s.canSchedule(problem)).findFirst()
                .orElseThrow(() -> new InvalidValueException("flex-model", "No scheduler can schedule these devices."));
    }
}
