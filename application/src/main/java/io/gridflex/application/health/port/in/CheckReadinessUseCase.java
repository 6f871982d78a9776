package io.gridflex.application.health.port.in;

public interface CheckReadinessUseCase {
    Readiness checkReadiness();
}
