package io.gridflex.bootstrap;

import io.gridflex.application.scheduling.port.in.RunSchedulingJobsUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's share of the scheduling work: a few threads that claim jobs from the shared
 * queue (PostgreSQL, {@code FOR UPDATE SKIP LOCKED}) and poll it when it is empty. Every instance
 * runs its own; none needs to know of the others. {@code gridflex.scheduling.workers: 0} makes an
 * instance that only serves the API.
 */
@Singleton
public class SchedulingWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulingWorkers.class);

    private final RunSchedulingJobsUseCase jobs;
    private final int count;
    private final Duration pollInterval;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public SchedulingWorkers(RunSchedulingJobsUseCase jobs, @Value("${gridflex.scheduling.workers:2}") int count,
                             @Value("${gridflex.scheduling.poll-interval:500ms}") Duration pollInterval) {
        this.jobs = jobs;
        this.count = count;
        this.pollInterval = pollInterval;
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        running = true;
        String instance = instanceName();
        for (int i = 1; i <= count; i++) {
            String worker = instance + "#" + i;
            Thread thread = new Thread(() -> work(worker), "gridflex-scheduling-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        if (count > 0) {
            LOG.info("{} scheduling worker(s) started as {}.", count, instance);
        }
    }

    @EventListener
    synchronized void onShutdown(ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    private void work(String worker) {
        while (running) {
            try {
                if (!jobs.runNextJob(worker)) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // the database away, for instance: the job's lease brings it back to the queue; try again later
                LOG.warn("Scheduling worker {} could not run a job: {}", worker, e.toString());
                try {
                    Thread.sleep(pollInterval.toMillis() * 4);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
