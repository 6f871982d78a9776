package io.gridflex.application.belief.port.out;

import io.gridflex.domain.sensor.SensorId;

public interface DeleteBeliefsPort {
    /** Deletes every belief of the sensor; answers how many. */
    long deleteBeliefs(SensorId sensor);
}
