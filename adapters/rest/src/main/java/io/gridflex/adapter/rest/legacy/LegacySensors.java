package io.gridflex.adapter.rest.legacy;

import io.gridflex.application.sensor.port.in.FindSensorsByNameUseCase;
import io.gridflex.application.sensor.port.in.GetSensorUseCase;
import io.gridflex.application.sensor.port.in.ListSensorsCommand;
import io.gridflex.application.sensor.port.in.ListSensorsUseCase;
import io.gridflex.application.sensor.port.in.SensorOnAsset;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.RefusedException;
import io.gridflex.domain.sensor.EntityAddress;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What legacy addresses name among gridflex's sensors, through the same use cases (and so the same
 * permissions) as every other API: a connection is a power sensor the user may read, addressed by
 * its id (and, if given, its account as owner); a market is a sensor the user may read, by its name;
 * a weather sensor is a sensor named for its type on an asset at exactly that place.
 */
@Singleton
class LegacySensors {

    static final SensorUnit MW = SensorUnit.of("MW");
    /** A weather sensor's place matches to a ten-millionth of a degree (about a centimetre). */
    private static final double SAME_PLACE = 1e-7;

    private final GetSensorUseCase getSensor;
    private final ListSensorsUseCase listSensors;
    private final FindSensorsByNameUseCase findSensors;
    private final EntityAddress.NamingAuthority authority;

    LegacySensors(GetSensorUseCase getSensor, ListSensorsUseCase listSensors,
                  FindSensorsByNameUseCase findSensors, EntityAddress.NamingAuthority authority) {
        this.getSensor = getSensor;
        this.listSensors = listSensors;
        this.findSensors = findSensors;
        this.authority = authority;
    }

    /** A connection: one of the user's power sensors. */
    SensorOnAsset connection(Actor actor, String address) {
        if (!(LegacyAddress.parse(address) instanceof LegacyAddress.Connection connection)) {
            throw LegacyStatus.INVALID_DOMAIN.refused("'" + address + "' is no connection address (…:<owner id>:<id>).");
        }
        SensorOnAsset found = byId(actor, connection.id()).orElseThrow(() -> unrecognised(address));
        boolean ownerFits = connection.owner().map(owner -> found.asset().accountId().map(a -> a.value() == owner).orElse(false))
                .orElse(true);
        if (!ownerFits) {
            throw unrecognised(address);
        }
        if (!isPower(found.sensor())) {
            throw LegacyStatus.UNRECOGNIZED_ASSET.refused("Sensor " + found.sensor().id() + " measures " + found.sensor().unit()
                    + ", not power: it is no connection.");
        }
        return found;
    }

    /** A market: a sensor by name, or by id in an fm0/fm1 address. */
    SensorOnAsset market(Actor actor, String address) {
        LegacyAddress parsed = LegacyAddress.parse(address);
        if (parsed instanceof LegacyAddress.Connection byId) {
            return byId(actor, byId.id()).orElseThrow(() -> LegacyStatus.UNRECOGNIZED_MARKET.refused("No market has the address '"
                    + address + "'."));
        }
        if (!(parsed instanceof LegacyAddress.Market market)) {
            throw LegacyStatus.INVALID_DOMAIN.refused("'" + address + "' is no market address (…:<market name>).");
        }
        List<SensorOnAsset> named = findSensors.findSensorsByName(actor, market.name());
        if (named.isEmpty()) {
            throw LegacyStatus.UNRECOGNIZED_MARKET.refusedWith("The requested market named " + market.name() + " is not known.");
        }
        if (named.size() > 1) {
            throw LegacyStatus.UNRECOGNIZED_MARKET.refusedWith("Several markets are named "
                    + market.name() + "; address one by its sensor: " + fm1(named.get(0).sensor()) + ".");
        }
        return named.get(0);
    }

    /** A weather sensor: one named for the address's type, on an asset at its place. */
    SensorOnAsset weatherSensor(Actor actor, String address) {
        LegacyAddress parsed = LegacyAddress.parse(address);
        if (parsed instanceof LegacyAddress.Connection byId) {
            return byId(actor, byId.id()).orElseThrow(() -> LegacyStatus.UNRECOGNIZED_SENSOR.refused("No sensor has the address '"
                    + address + "'."));
        }
        if (!(parsed instanceof LegacyAddress.WeatherSensor weather)) {
            throw LegacyStatus.INVALID_DOMAIN.refused("'" + address + "' is no weather sensor address (…:<type>:<latitude>:<longitude>).");
        }
        List<SensorOnAsset> located = findSensors.findSensorsByName(actor, weather.type()).stream()
                .filter(s -> s.asset().coordinates().latitude().isPresent() && s.asset().coordinates().longitude().isPresent())
                .toList();
        Optional<SensorOnAsset> nearest = located.stream().min(Comparator.comparingDouble(s -> distance(s.asset(), weather)));
        if (nearest.isEmpty()) {
            throw LegacyStatus.UNRECOGNIZED_SENSOR.refusedWith("No sensor is known at this location. In fact, we can't find any " + weather.type() + " sensors.");
        }
        Asset at = nearest.get().asset();
        double lat = at.coordinates().latitude().get();
        double lng = at.coordinates().longitude().get();
        if (Math.abs(lat - weather.latitude()) > SAME_PLACE || Math.abs(lng - weather.longitude()) > SAME_PLACE) {
            throw LegacyStatus.UNRECOGNIZED_SENSOR.refusedWith("No sensor is known at this location. The nearest sensor is at latitude " + lat + " and longitude " + lng);
        }
        return nearest.get();
    }

    /** The user's connections (the power sensors of their account), newest first, with their names. */
    Map<String, String> connectionsOf(Actor actor) {
        List<Sensor> sensors = new ArrayList<>(listSensors.listSensors(actor, new ListSensorsCommand(Optional.empty(), Optional.empty(),
                false, Optional.empty(), SearchTerms.NONE, Optional.empty())).items());
        sensors.removeIf(s -> !isPower(s));
        sensors.sort(Comparator.comparingLong((Sensor s) -> s.id().value()).reversed());
        Map<AssetId, Asset> assets = new HashMap<>();
        Map<AssetId, Long> powerSensorsPerAsset = new HashMap<>();
        sensors.forEach(s -> powerSensorsPerAsset.merge(s.assetId(), 1L, Long::sum));
        Map<String, String> named = new java.util.LinkedHashMap<>();
        for (Sensor sensor : sensors) {
            Asset asset = assets.computeIfAbsent(sensor.assetId(), id -> getSensor.getSensorOnAsset(actor, sensor.id()).asset());
            String name = powerSensorsPerAsset.get(sensor.assetId()) == 1 ? asset.name() : asset.name() + " / " + sensor.name();
            named.put(address(sensor, asset), name);
        }
        return named;
    }

    /** A connection's address as getConnection gives it: {@code ea1.<month>.<domain>:<account id>:<sensor id>}. */
    String address(Sensor sensor, Asset asset) {
        String prefix = "ea1." + authority.since() + "." + authority.reversedDomain() + ":";
        return asset.accountId().map(account -> prefix + account.value() + ":" + sensor.id().value())
                .orElse(prefix + sensor.id().value());
    }

    private String fm1(Sensor sensor) {
        return sensor.entityAddress(authority).format();
    }

    private Optional<SensorOnAsset> byId(Actor actor, long id) {
        try {
            return Optional.of(getSensor.getSensorOnAsset(actor, SensorId.of(id)));
        } catch (NotFoundException | ForbiddenException | InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static RefusedException unrecognised(String address) {
        return LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP.refused("Not found: '" + address + "'.");
    }

    static boolean isPower(Sensor sensor) {
        return sensor.unit().isConvertibleTo(MW);
    }

    /**
     * Whether the sensor stores consumption as positive values: gridflex's convention for power,
     * unless the sensor (or its asset) says {@code "consumption_is_positive": false}.
     */
    static boolean storesConsumptionPositive(SensorOnAsset s) {
        return flag(s, "consumption_is_positive").orElse(true);
    }

    /** The sensor's attribute, else its asset's (FlexMeasures' lookup order for legacy attributes). */
    static Optional<Boolean> flag(SensorOnAsset s, String name) {
        return flag(s.sensor().attributes(), name).or(() -> flag(s.asset().attributes(), name));
    }

    private static Optional<Boolean> flag(Attributes attributes, String name) {
        Object value = attributes.values().get(name);
        return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** Great-circle distance in radians: only its order matters. */
    private static double distance(Asset asset, LegacyAddress.WeatherSensor to) {
        double lat1 = Math.toRadians(asset.coordinates().latitude().get());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLng = Math.toRadians(to.longitude() - asset.coordinates().longitude().get());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
