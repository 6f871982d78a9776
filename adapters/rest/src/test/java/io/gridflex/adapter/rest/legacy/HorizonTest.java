package io.gridflex.adapter.rest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HorizonTest {

    @Test
    void reads_plain_negative_and_rolling_horizons_as_flexmeasures_did() {
        assertThat(Horizon.parse("PT6H")).contains(new Horizon(Duration.ofHours(6), false));
        assertThat(Horizon.parse("R/PT6H")).contains(new Horizon(Duration.ofHours(6), true));
        assertThat(Horizon.parse("R12/PT6H")).contains(new Horizon(Duration.ofHours(6), true));
        assertThat(Horizon.parse("-PT10M")).contains(new Horizon(Duration.ofMinutes(-10), false));
        assertThat(Horizon.parse("-R/PT10M")).contains(new Horizon(Duration.ofMinutes(-10), true));
        assertThat(Horizon.parse("R/-PT10M")).contains(new Horizon(Duration.ofMinutes(-10), true));
        assertThat(Horizon.parse("P1DT11H")).contains(new Horizon(Duration.ofHours(35), false));
        assertThat(Horizon.parse("PT0H")).contains(new Horizon(Duration.ZERO, false));
    }

    @Test
    void refuses_what_is_no_duration() {
        assertThat(Horizon.parse("T6H")).isEmpty();
        assertThat(Horizon.parse("6 hours")).isEmpty();
        assertThat(Horizon.parse("R/")).isEmpty();
        assertThat(Horizon.parse("--PT1H")).isEmpty();
        assertThat(Horizon.parse("-R/-PT1H")).isEmpty();
        assertThat(Horizon.parse("PT-1H")).isEmpty();
        assertThat(Horizon.parse("")).isEmpty();
    }

    @Test
    void a_plain_horizon_counts_back_from_the_periods_end() {
        Instant end = Instant.parse("2015-01-02T00:00:00Z");
        assertThat(new Horizon(Duration.ofHours(35), false).beliefTimeBefore(end)).isEqualTo(Instant.parse("2014-12-31T13:00:00Z"));
        assertThat(new Horizon(Duration.ofMinutes(-15), false).beliefTimeBefore(end)).isEqualTo(Instant.parse("2015-01-02T00:15:00Z"));
        assertThat(new Horizon(Duration.ZERO, true).isAfterTheFact()).isTrue();
        assertThat(new Horizon(Duration.ofSeconds(1), true).isAfterTheFact()).isFalse();
    }
}
