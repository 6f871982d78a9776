package io.gridflex.domain.scheduling;

import io.gridflex.domain.invariant.Require;

/**
 * One operation mode of a device (S2's operation-mode-based control, FlexMeasures' {@code
 * operation-modes}): the power range, in MW, positive consumption, it may run at while in that
 * mode. {@code min == max} is a fixed level, such as a heat pump that is off or runs at 883.7 W.
 */
public record PowerBand(double min, double max) {

    public PowerBand {
        Require.that(Double.isFinite(min) && Double.isFinite(max), "operation-modes", "A power range needs finite bounds.");
        Require.that(min <= max, "operation-modes", "The minimum of a power range (" + min + " MW) exceeds its maximum ("
                + max + " MW).");
    }

    public boolean contains(double power, double tolerance) {
        return power >= min - tolerance && power <= max + tolerance;
    }

    public boolean isFixed() {
        return min == max;
    }
}
