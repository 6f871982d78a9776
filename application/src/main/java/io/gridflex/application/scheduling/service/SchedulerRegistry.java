package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.SchedulingProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The schedulers gridflex knows: those it is given (the server's beans, an embedder's own) and
 * those any jar on the class path declares through {@link ServiceLoader}, one per class. A problem
 * goes to the first that can schedule it, highest {@link Scheduler#priority()} first.
 *
 * <p>A declared provider whose classes cannot be loaded (a solver's jars left out, a static
 * initialiser that fails) is logged and skipped, so one missing planner never costs the others.
 */
public final class SchedulerRegistry {

    private static final System.Logger LOG = System.getLogger(SchedulerRegistry.class.getName());
    /** Recovery after a broken provider is only "best effort" (ServiceLoader's words): never loop on one. */
    private static final int MAX_BROKEN_PROVIDERS = 100;

    private final List<Scheduler> schedulers;

    public SchedulerRegistry(List<? extends Scheduler> given) {
        this(given, Thread.currentThread().getContextClassLoader());
    }

    /** @param loader where to look for {@code META-INF/services} declarations (an embedder's plugin class loader, say) */
    public SchedulerRegistry(List<? extends Scheduler> given, ClassLoader loader) {
        Map<Class<?>, Scheduler> byClass = new LinkedHashMap<>();
        given.forEach(s -> byClass.putIfAbsent(s.getClass(), s));
        discover(loader).forEach(s -> byClass.putIfAbsent(s.getClass(), s));
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

    private static List<Scheduler> discover(ClassLoader loader) {
        List<Scheduler> found = new ArrayList<>();
        // the iterator, not forEach: it throws per provider and carries on with the next one
        Iterator<Scheduler> providers = ServiceLoader.load(Scheduler.class, loader).iterator();
        int broken = 0;
        while (broken < MAX_BROKEN_PROVIDERS) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                Scheduler scheduler = providers.next();
                scheduler.priority(); // ordering calls it: a class that loads but links badly fails here, not in the sort
                found.add(scheduler);
            } catch (ServiceConfigurationError | LinkageError e) {
                broken++;
                LOG.log(System.Logger.Level.WARNING, "Skipping a scheduler that cannot be loaded: {0}", describe(e));
            }
        }
        return found;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
