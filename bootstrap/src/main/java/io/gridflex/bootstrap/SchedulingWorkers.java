package io.gridflex.bootstrap;

import io.gridflex.application.Gridflex;
import io.gridflex.application.scheduling.service.SchedulingJobRunner;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This instance's share of the scheduling work: the application's {@link SchedulingJobRunner}
 * (claim, run, poll, back off) on a few daemon threads from start-up to shutdown. Every instance
 * runs its own; the shared queue (PostgreSQL, {@code FOR UPDATE SKIP LOCKED}) keeps them apart.
 * {@code gridflex.scheduling.workers: 0} makes an instance that only serves the API.
 */
@Singleton
public class SchedulingWorkers {

    private final SchedulingJobRunner runner;
    private final int count;
    private ExecutorService threads;

    public SchedulingWorkers(Gridflex gridflex, @Value("${gridflex.scheduling.workers:2}") int count) {
        this.runner = gridflex.jobRunner();
        this.count = count;
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        if (count <= 0) {
            return;
        }
        AtomicInteger made = new AtomicInteger();
        threads = Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "gridflex-scheduling-" + made.incrementAndGet());
            thread.setDaemon(true); // a worker stuck in a job must not hold the JVM at exit
            return thread;
        });
        runner.start(threads, count);
    }

    @EventListener
    synchronized void onShutdown(ShutdownEvent event) {
        if (threads != null) {
            runner.stop();
            threads.shutdownNow();
            threads = null;
        }
    }

    /** Who claims the jobs: this host and process, so that a claim in the queue names its instance. */
    static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
