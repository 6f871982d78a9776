package org.example.gridflex.withadapter.application.service;

import io.gridflex.domain.sensor.SensorId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.example.gridflex.withadapter.application.port.in.PriceSensorsUseCase;
import org.example.gridflex.withadapter.application.port.out.LoadTariffPort;
import org.example.gridflex.withadapter.domain.Tariff;

public class PriceSensorsService implements PriceSensorsUseCase {
    private final LoadTariffPort tariffs;

    public PriceSensorsService(LoadTariffPort tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public Map<SensorId, Double> price(List<SensorId> sensors) {
        Map<SensorId, Double> prices = new LinkedHashMap<>();
        for (SensorId sensor : sensors) {
            tariffs.load(sensor).map(Tariff::pricePerKwh).ifPresent(price -> prices.put(sensor, price));
        }
        return prices;
    }
}
