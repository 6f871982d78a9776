package io.gridflex.application.scheduling.port.in;

/** What a worker of any instance does: claim the oldest waiting job and run it to its end. */
public interface RunSchedulingJobsUseCase {

    /**
     * Claims one job for {@code worker} and runs it: finished with its schedule stored as beliefs of
     * each device's power sensor, or failed with the reason (also when it runs past its time limit).
     *
     * @return whether there was a job to run
     */
    boolean runNextJob(String worker);
}
