package io.gridflex.domain.scheduling;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A process that must run for a number of steps at one power (FlexMeasures' process scheduler):
 * an irrigation pump, a batch of pulp, a wash. It may not run in restricted steps.
 *
 * @param sensor the process's power sensor, where its schedule is stored
 * @param power MW while it runs (consumption positive)
 * @param duration steps it runs; a process longer than the horizon runs through all of it
 * @param type how it may be placed
 * @param restricted per step, whether the process may not run then (FlexMeasures' time-restrictions)
 */
public record ProcessDevice(SensorId sensor, double power, int duration, Type type, boolean[] restricted) {

    public enum Type {
        /** Runs as one block from the first step it may. */
        INFLEXIBLE,
        /** Runs as one block, starting when it is cheapest. */
        SHIFTABLE,
        /** Runs in its cheapest steps, in any pieces. */
        BREAKABLE
    }

    public ProcessDevice {
        Require.present("sensor", sensor);
        Require.that(Double.isFinite(power) && power >= 0, "power", "Must be a power of at least 0 MW.");
        Require.that(duration > 0, "duration", "Must be at least one step.");
        Require.present("process-type", type);
        restricted = Require.present("time-restrictions", restricted).clone();
    }

    @Override
    public boolean[] restricted() {
        return restricted.clone();
    }

    public int steps() {
        return restricted.length;
    }

    /** The steps the process runs: its duration, or the whole horizon where that is shorter. */
    public int runSteps() {
        return Math.min(duration, steps());
    }

    public boolean mayRunAt(int step) {
        return !restricted[step];
    }

    /** The steps a block (inflexible or shiftable) may start at: every step of it unrestricted. */
    public List<Integer> blockStarts() {
        List<Integer> starts = new ArrayList<>();
        int free = 0; // unrestricted steps in a row, ending at j
        for (int j = 0; j < steps(); j++) {
            free = restricted[j] ? 0 : free + 1;
            if (free >= runSteps()) {
                starts.add(j - runSteps() + 1);
            }
        }
        return starts;
    }

    /** The power profile of a block starting at {@code start}. */
    public Profile block(int start) {
        double[] values = new double[steps()];
        Arrays.fill(values, start, start + runSteps(), power);
        return Profile.of(values);
    }

    /** The hard constraints a profile breaks for this process, each named with its step. */
    List<String> violations(Profile profile, double tolerance) {
        List<String> broken = new ArrayList<>();
        int running = 0;
        int first = -1;
        int last = -1;
        for (int j = 0; j < steps(); j++) {
            double p = profile.at(j);
            boolean on = power > 0 && Math.abs(p - power) <= tolerance;
            if (!on && Math.abs(p) > tolerance) {
                broken.add(sensor + " step " + j + ": runs at " + p + " MW where the process runs at " + power + " MW or not at all");
            }
            if (on) {
                running++;
                first = first < 0 ? j : first;
                last = j;
                if (restricted[j]) {
                    broken.add(sensor + " step " + j + ": runs in a restricted step");
                }
            }
        }
        if (power > 0 && running != runSteps()) {
            broken.add(sensor + ": runs " + running + " steps where it must run " + runSteps());
        }
        if (power > 0 && type != Type.BREAKABLE && running > 0 && last - first + 1 != running) {
            broken.add(sensor + ": runs in pieces where it must run as one block");
        }
        if (power > 0 && type == Type.INFLEXIBLE && running > 0 && !blockStarts().isEmpty() && first != blockStarts().get(0)) {
            broken.add(sensor + ": starts at step " + first + " where an inflexible process starts at its first possible step, "
                    + blockStarts().get(0));
        }
        return broken;
    }
}
