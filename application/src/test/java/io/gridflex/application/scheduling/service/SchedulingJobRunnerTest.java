package io.gridflex.application.scheduling.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.scheduling.port.in.RunSchedulingJobsUseCase;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The job loop: runs what waits, polls when idle, backs off after errors, and leaves the caller's threads on stop. */
class SchedulingJobRunnerTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    /** A queue of {@code waiting} jobs; every call after the first {@code failures} throws none. */
    static final class Queue implements RunSchedulingJobsUseCase {
        final AtomicInteger waiting;
        final AtomicInteger failures;
        final AtomicInteger calls = new AtomicInteger();
        final Set<String> workers = ConcurrentHashMap.newKeySet();

        Queue(int waiting, int failures) {
            this.waiting = new AtomicInteger(waiting);
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public boolean runNextJob(String worker) {
            calls.incrementAndGet();
            workers.add(worker);
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("the store is away");
            }
            return waiting.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        }
    }

    @Test
    void runs_the_waiting_jobs_one_by_one_on_the_calling_thread() {
        Queue queue = new Queue(3, 0);
        SchedulingJobRunner runner = new SchedulingJobRunner(queue, "here", Duration.ofMillis(10), Duration.ofMillis(10));

        assertThat(runner.runNextJob()).isTrue();
        assertThat(runner.runWaitingJobs()).isEqualTo(2);
        assertThat(runner.runNextJob()).isFalse();
        assertThat(queue.workers).containsExactly("here");
    }

    @Test
    void workers_on_the_given_executor_run_every_job_and_stop_when_told() throws Exception {
        Queue queue = new Queue(50, 0);
        SchedulingJobRunner runner = new SchedulingJobRunner(queue, "box", Duration.ofMillis(5), Duration.ofMillis(5));

        runner.start(pool, 2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // every job done, and both workers seen (on a busy machine one may start after the other has emptied the queue)
        while ((queue.waiting.get() > 0 || queue.workers.size() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        assertThat(queue.waiting.get()).isZero();
        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(runner.isRunning()).isFalse();
        assertThat(queue.workers).containsExactlyInAnyOrder("box#1", "box#2");
        int calls = queue.calls.get();
        Thread.sleep(50);
        assertThat(queue.calls.get()).as("no worker polls after stop").isEqualTo(calls);
        // the pool's threads are free again, and not left interrupted
        CountDownLatch ran = new CountDownLatch(2);
        AtomicInteger interrupted = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted.incrementAndGet();
                }
                ran.countDown();
            });
        }
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted.get()).isZero();
    }

    @Test
    void a_worker_backs_off_after_an_error_and_goes_on() throws Exception {
        Queue queue = new Queue(1, 2);
        SchedulingJobRunner runner = new SchedulingJobRunner(queue, "box", Duration.ofMillis(5), Duration.ofMillis(20));

        runner.start(pool, 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (queue.waiting.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        runner.stop();

        assertThat(queue.waiting.get()).isZero();
        assertThat(queue.failures.get()).isNegative();
    }

    @Test
    void stop_interrupts_a_worker_waiting_within_a_job() throws Exception {
        CountDownLatch inJob = new CountDownLatch(1);
        RunSchedulingJobsUseCase blocking = worker -> {
            inJob.countDown();
            try {
                Thread.sleep(60_000); // a job waiting on its solver
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        };
        SchedulingJobRunner runner = new SchedulingJobRunner(blocking, "box", Duration.ofMillis(5), Duration.ofMillis(5));

        runner.start(pool, 1);
        assertThat(inJob.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();
    }
}
