package org.example.gridflex.withadapter.application.port.out;

import io.gridflex.domain.sensor.SensorId;
import java.util.Optional;
import org.example.gridflex.withadapter.domain.Tariff;

public interface LoadTariffPort {
    Optional<Tariff> load(SensorId sensor);
}
