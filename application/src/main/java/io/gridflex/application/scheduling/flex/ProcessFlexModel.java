package io.gridflex.application.scheduling.flex;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.scheduling.ProcessDevice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A process's flex-model (FlexMeasures' process scheduler) as given: it runs {@code duration} at
 * {@code power} (both required once merged), as its type says, never in its time restrictions.
 */
public record ProcessFlexModel(Optional<FlexValue> power, Optional<Duration> duration, Optional<ProcessDevice.Type> type,
                               Optional<List<Period>> timeRestrictions) implements DeviceFlexModel {

    public record Period(Instant start, Instant end) {
        public Period {
            Require.present("start", start);
            Require.present("end", end);
        }
    }

    public ProcessFlexModel {
        Require.present("power", power);
        Require.present("duration", duration);
        Require.present("type", type);
        timeRestrictions = Require.present("timeRestrictions", timeRestrictions).map(List::copyOf);
    }

    /** Field by field: this model's value where it gives one, else {@code stored}'s. */
    public ProcessFlexModel over(ProcessFlexModel stored) {
        return new ProcessFlexModel(power.or(stored::power), duration.or(stored::duration), type.or(stored::type),
                timeRestrictions.or(stored::timeRestrictions));
    }
}
