package io.gridflex.application.health.service;

import io.gridflex.application.health.port.in.CheckReadinessUseCase;
import io.gridflex.application.health.port.in.Readiness;
import io.gridflex.application.health.port.out.ProbeStorePort;

public final class ReadinessService implements CheckReadinessUseCase {

    private final ProbeStorePort store;

    public ReadinessService(ProbeStorePort store) {
        this.store = store;
    }

    @Override
    public Readiness checkReadiness() {
        return new Readiness(store.storeIsReachable());
    }
}
