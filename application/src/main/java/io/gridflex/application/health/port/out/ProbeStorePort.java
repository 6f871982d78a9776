package io.gridflex.application.health.port.out;

public interface ProbeStorePort {
    /** Whether the store answers a trivial query now. Never throws. */
    boolean storeIsReachable();
}
