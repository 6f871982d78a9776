package io.gridflex.application.sensor.port.in;

import io.gridflex.domain.account.Actor;
import java.util.List;

/**
 * The sensors with a given name that the actor may read, public ones included, each with the asset
 * it is on (for its location and attributes): how clients that address sensors by name — a market
 * such as {@code epex_da}, a weather sensor by its type and place — find them. Names compare without
 * regard to case, and an underscore matches a space ({@code wind_speed} is {@code wind speed}).
 */
public interface FindSensorsByNameUseCase {

    List<SensorOnAsset> findSensorsByName(Actor actor, String name);
}
