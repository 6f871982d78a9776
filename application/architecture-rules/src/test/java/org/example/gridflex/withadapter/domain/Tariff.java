package org.example.gridflex.withadapter.domain;

import io.gridflex.domain.sensor.SensorId;

public record Tariff(SensorId sensor, double pricePerKwh) {
    public Tariff {
        if (pricePerKwh < 0) {
            throw new IllegalArgumentException("pricePerKwh");
        }
    }
}
