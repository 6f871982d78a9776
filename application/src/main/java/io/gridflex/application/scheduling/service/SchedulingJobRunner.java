package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.port.in.RunSchedulingJobsUseCase;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Runs scheduling jobs from the shared queue: one at a time when asked ({@link #runNextJob()}), or
 * as workers on threads the caller gives ({@link #start}). Each instance of an application runs
 * its own; the queue makes sure no two workers anywhere claim one job.
 *
 * <p>A worker claims the next job, runs it to its end, and polls again after {@code pollInterval}
 * when the queue is empty. An error (the store away, say) only delays it by {@code errorBackOff}:
 * the job's lease brings an unfinished job back to the queue. {@link #stop()} interrupts the
 * workers and waits for them.
 */
public final class SchedulingJobRunner {

    private static final System.Logger LOG = System.getLogger(SchedulingJobRunner.class.getName());

    private final RunSchedulingJobsUseCase jobs;
    private final String name;
    private final Duration pollInterval;
    private final Duration errorBackOff;
    private final Set<Thread> working = new HashSet<>();
    private boolean running;

    /**
     * @param name who claims the jobs (stored with each claim): one per process, e.g. host and process id
     * @param pollInterval how long an idle worker waits before it looks for a job again
     * @param errorBackOff how long a worker waits after a failure to reach the queue
     */
    public SchedulingJobRunner(RunSchedulingJobsUseCase jobs, String name, Duration pollInterval, Duration errorBackOff) {
        this.jobs = Objects.requireNonNull(jobs);
        this.name = Objects.requireNonNull(name);
        if (pollInterval.isNegative() || pollInterval.isZero() || errorBackOff.isNegative()) {
            throw new IllegalArgumentException("Polling every " + pollInterval + ", backing off " + errorBackOff + ": out of range.");
        }
        this.pollInterval = pollInterval;
        this.errorBackOff = errorBackOff;
    }

    public String name() {
        return name;
    }

    /** Claims the oldest waiting job and runs it to its end, on the calling thread; {@code false} if none waits. */
    public boolean runNextJob() {
        return jobs.runNextJob(name);
    }

    /** Runs jobs on the calling thread until none waits; answers how many ran. */
    public int runWaitingJobs() {
        int ran = 0;
        while (runNextJob()) {
            ran++;
        }
        return ran;
    }

    /**
     * Starts {@code workers} loops on {@code executor}, each holding one of its threads until
     * {@link #stop()}: give it at least that many threads. Runs nothing if {@code workers} is 0.
     */
    public synchronized void start(Executor executor, int workers) {
        if (workers < 0) {
            throw new IllegalArgumentException("workers must not be negative: " + workers);
        }
        if (running) {
            throw new IllegalStateException("The scheduling workers run already.");
        }
        running = workers > 0;
        for (int i = 1; i <= workers; i++) {
            String worker = name + "#" + i;
            executor.execute(() -> work(worker));
        }
        if (workers > 0) {
            LOG.log(System.Logger.Level.INFO, "{0} scheduling worker(s) started as {1}.", workers, name);
        }
    }

    /** Whether workers run (between {@link #start} and {@link #stop()}). */
    public synchronized boolean isRunning() {
        return running;
    }

    /**
     * Stops the workers: interrupts them (a solve under way is left to its time limit) and waits up
     * to {@code timeout} for them to leave their threads. Answers whether they all did.
     */
    public boolean stop(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            running = false;
            working.forEach(Thread::interrupt);
            while (!working.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return working.isEmpty();
                }
            }
            return true;
        }
    }

    /** {@link #stop(Duration)} with five seconds, as long as a server waits for its workers at shutdown. */
    public boolean stop() {
        return stop(Duration.ofSeconds(5));
    }

    private void work(String worker) {
        Thread thread = Thread.currentThread();
        synchronized (this) {
            if (!running) {
                return; // stopped before this loop got its thread
            }
            working.add(thread);
        }
        try {
            loop(worker);
        } finally {
            synchronized (this) {
                working.remove(thread);
                if (!running) {
                    Thread.interrupted(); // our stop's interrupt must not leak into the caller's pool thread
                }
                notifyAll();
            }
        }
    }

    private void loop(String worker) {
        while (isRunning()) {
            try {
                if (!jobs.runNextJob(worker)) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!isRunning()) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "Scheduling worker {0} could not run a job: {1}", worker, e.toString());
                try {
                    Thread.sleep(errorBackOff.toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
