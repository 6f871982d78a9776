package io.gridflex.domain.failure;

/**
 * Why something was refused, as a code a client can branch on. Each concept names its reasons in
 * an enum of its own (the community's {@code SENSOR_HELD}); an API adapter spells them its way.
 */
public interface Reason {

    /** The constant's name, such as {@code SENSOR_HELD}. */
    String name();
}
