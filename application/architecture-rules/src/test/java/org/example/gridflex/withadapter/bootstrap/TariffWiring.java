package org.example.gridflex.withadapter.bootstrap;

import java.sql.Connection;
import org.example.gridflex.withadapter.adapter.foo.TariffFooAdapter;
import org.example.gridflex.withadapter.application.port.in.PriceSensorsUseCase;
import org.example.gridflex.withadapter.application.service.PriceSensorsService;

public class TariffWiring {
    public PriceSensorsUseCase priceSensors(Connection connection) {
        return new PriceSensorsService(new TariffFooAdapter(connection));
    }
}
