package io.gridflex.application.sensor.port.in;

import io.gridflex.application.page.Page;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.Sensor;

public interface ListSensorsUseCase {
    Page<Sensor> listSensors(Actor actor, ListSensorsCommand command);
}
