package io.gridflex.application.sensor.port.in;

import io.gridflex.application.page.Page;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.Sensor;

/** The sensors directly on one asset. */
public interface ListAssetSensorsUseCase {
    Page<Sensor> listAssetSensors(Actor actor, ListAssetSensorsCommand command);
}
