package io.gridflex.application.sensor.port.out;

import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import java.util.List;
import java.util.Optional;

public interface LoadSensorsPort {

    Optional<Sensor> findSensor(SensorId id);

    Optional<Sensor> findSensorByName(AssetId asset, String name);

    /** The sensors directly on an asset, by id. */
    List<Sensor> listSensorsOf(AssetId asset);

    /**
     * Matching sensors by id. All of them without a page; {@code totalRecords} ignores the search terms.
     */
    Page<Sensor> listSensors(SensorQuery query, Optional<PageRequest> page);
}
