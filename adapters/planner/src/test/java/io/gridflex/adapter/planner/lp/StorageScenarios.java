package io.gridflex.adapter.planner.lp;

import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.scheduling.PowerBand;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.scheduling.StorageDevice;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.util.List;
import java.time.Instant;

/** The devices and prices of FlexMeasures' solver tests (planning/tests/conftest.py), rebuilt as values. */
final class StorageScenarios {

    static final Instant DAY_2 = Instant.parse("2015-01-01T23:00:00Z"); // 2015-01-02 00:00 in Amsterdam

    private StorageScenarios() {
    }

    static EventGrid day(Duration resolution) {
        return new EventGrid(DAY_2, resolution, (int) (Duration.ofHours(24).toNanos() / resolution.toNanos()));
    }

    /** Hourly prices repeated onto a finer resolution. */
    static Profile hourly(int steps, double... perHour) {
        int perStep = steps / perHour.length;
        double[] values = new double[steps];
        for (int j = 0; j < steps; j++) {
            values[j] = perHour[j / perStep];
        }
        return Profile.of(values);
    }

    /** FlexMeasures' day 2: 8 expensive, 8 cheap, then 8 expensive hours. */
    static Profile day2Prices(int steps) {
        double[] hours = new double[24];
        for (int h = 0; h < 24; h++) {
            hours[h] = h >= 8 && h < 16 ? 90 : 100;
        }
        return hourly(steps, hours);
    }

    static Builder device(int steps) {
        return new Builder(steps);
    }

    static SiteContext prices(Profile consumption, Profile production) {
        return SiteContext.prices(consumption, production);
    }

    /** A flex-model with FlexMeasures' defaults: lossless, no limits beyond those set. */
    static final class Builder {
        private final int n;
        private long sensor = 1;
        private double socAtStart;
        private double socMin = Double.NEGATIVE_INFINITY;
        private double socMax = Double.POSITIVE_INFINITY;
        private Profile minima;
        private Profile maxima;
        private Profile targets;
        private Profile consumption;
        private Profile production;
        private double charging = 1;
        private double discharging = 1;
        private double storage = 1;
        private boolean sooner = true;
        private List<PowerBand> modes = List.of();

        Builder(int n) {
            this.n = n;
            minima = Profile.none(n);
            maxima = Profile.none(n);
            targets = Profile.none(n);
            consumption = Profile.constant(n, 0);
            production = Profile.constant(n, 0);
        }

        Builder sensor(long id) {
            sensor = id;
            return this;
        }

        Builder soc(double atStart, double min, double max) {
            socAtStart = atStart;
            socMin = min;
            socMax = max;
            return this;
        }

        Builder capacity(double consume, double produce) {
            consumption = Profile.constant(n, consume);
            production = Profile.constant(n, produce);
            return this;
        }

        Builder production(Profile profile) {
            production = profile;
            return this;
        }

        Builder roundtrip(double efficiency) {
            charging = Math.sqrt(efficiency);
            discharging = Math.sqrt(efficiency);
            return this;
        }

        Builder storageEfficiency(double efficiency) {
            storage = efficiency;
            return this;
        }

        Builder target(int step, double value) {
            targets = at(targets, step, value);
            return this;
        }

        Builder minimum(int step, double value) {
            minima = at(minima, step, value);
            return this;
        }

        Builder maximum(int step, double value) {
            maxima = at(maxima, step, value);
            return this;
        }

        private static Profile at(Profile profile, int step, double value) {
            double[] values = profile.toArray();
            values[step] = value;
            return Profile.of(values);
        }

        Builder preferChargingSooner(boolean prefer) {
            sooner = prefer;
            return this;
        }

        Builder modes(PowerBand... bands) {
            modes = List.of(bands);
            return this;
        }

        StorageDevice build() {
            return new StorageDevice(SensorId.of(sensor), socAtStart, socMin, socMax, minima, maxima, targets, consumption, production,
                    Profile.constant(n, charging), Profile.constant(n, discharging), Profile.constant(n, storage),
                    Profile.constant(n, 0), Profile.constant(n, 0), sooner, true, modes);
        }
    }
}
