package io.gridflex.domain.scheduling;

import io.gridflex.domain.invariant.Require;
import java.util.List;

/** A power profile per device (MW, consumption positive), in the order of the problem's devices. */
public record Schedule(List<Profile> power) {

    public Schedule {
        power = List.copyOf(Require.noNulls("schedule", power));
    }

    public Profile of(int device) {
        return power.get(device);
    }
}
