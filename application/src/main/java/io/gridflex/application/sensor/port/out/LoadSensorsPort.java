package io.gridflex.application.sensor.port.out;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import java.util.List;
import java.util.Optional;

public interface LoadSensorsPort {

    Optional<Sensor> findSensor(SensorId id);

    /** Which of these sensors exist; one lookup each unless a store answers it in one query. */
    default Set<SensorId> existingSensors(Collection<SensorId> ids) {
        Set<SensorId> existing = new HashSet<>();
        ids.forEach(id -> findSensor(id).ifPresent(s -> existing.add(id)));
        return existing;
    }

    Optional<Sensor> findSensorByName(AssetId asset, String name);

    /** The sensors directly on an asset, by id. */
    List<Sensor> listSensorsOf(AssetId asset);

    /**
     * Matching sensors by id. All of them without a page; {@code totalRecords} ignores the search terms.
     */
    Page<Sensor> listSensors(SensorQuery query, Optional<PageRequest> page);
}
