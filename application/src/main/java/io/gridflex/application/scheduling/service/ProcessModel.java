package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.flex.FlexValue;
import io.gridflex.application.scheduling.flex.ProcessFlexModel;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.ProcessDevice;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.util.List;

/**
 * The flex-model of a process, checked and with its defaults: it runs {@code duration} at
 * {@code power}, as one block from the start (INFLEXIBLE), as one block when cheapest
 * (SHIFTABLE, the default) or in its cheapest steps (BREAKABLE), never in its time restrictions.
 */
record ProcessModel(String path, SensorId sensor, FlexValue power, Duration duration, ProcessDevice.Type type,
                    List<ProcessFlexModel.Period> timeRestrictions) {

    ProcessModel {
        timeRestrictions = List.copyOf(timeRestrictions);
    }

    /** Checks a process's flex-model (merged with the stored one); refuses, naming the field, what does not fit. */
    static ProcessModel check(String path, SensorId sensor, ProcessFlexModel given) {
        FlexValue power = given.power().orElseThrow(() -> new InvalidValueException(path + ".power",
                "Missing data for required field."));
        if (!(power instanceof FlexValue.Fixed)) {
            throw new InvalidValueException(path + ".power", "Must be a fixed quantity such as \"200 kW\".");
        }
        Duration duration = given.duration().orElseThrow(() -> new InvalidValueException(path + ".duration",
                "Missing data for required field."));
        if (duration.isZero() || duration.isNegative()) {
            throw new InvalidValueException(path + ".duration", "Must be longer than zero.");
        }
        return new ProcessModel(path, sensor, power, duration, given.type().orElse(ProcessDevice.Type.SHIFTABLE),
                given.timeRestrictions().orElse(List.of()));
    }
}
