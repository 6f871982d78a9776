package io.gridflex.domain.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensorTimingTest {

    static final Instant NOON = Instant.parse("2026-06-15T12:00:00Z");

    @Test
    void a_measurement_is_known_when_its_event_ends() {
        assertThat(KnowledgeHorizon.EX_POST.knowledgeTime(NOON, Duration.ofMinutes(15))).isEqualTo(NOON.plusSeconds(900));
        assertThat(new KnowledgeHorizon.ExPost(Duration.ofMinutes(5)).knowledgeTime(NOON, Duration.ofMinutes(15)))
                .isEqualTo(NOON.plusSeconds(1200));
    }

    @Test
    void an_ex_ante_event_is_known_its_horizon_before_it_starts() {
        assertThat(new KnowledgeHorizon.ExAnte(Duration.ofHours(2)).knowledgeTime(NOON, Duration.ofHours(1)))
                .isEqualTo(NOON.minusSeconds(7200));
    }

    @Test
    void day_ahead_prices_are_known_the_day_before_at_noon_local_time_across_dst() {
        KnowledgeHorizon dayAhead = new KnowledgeHorizon.XDaysAgoAtYOclock(1, 12, ZoneId.of("Europe/Amsterdam"));

        // summer: noon in Amsterdam is 10:00 UTC
        assertThat(dayAhead.knowledgeTime(Instant.parse("2026-06-15T22:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-06-15T10:00:00Z"));
        // the day after the autumn change (25 October 2026): the day before is still summer time
        assertThat(dayAhead.knowledgeTime(Instant.parse("2026-10-26T06:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-10-25T11:00:00Z"));
    }

    @Test
    void reads_back_what_it_stores() {
        for (KnowledgeHorizon horizon : new KnowledgeHorizon[] {KnowledgeHorizon.EX_POST, new KnowledgeHorizon.ExAnte(Duration.ofHours(1)),
                new KnowledgeHorizon.XDaysAgoAtYOclock(1, 12, ZoneId.of("Europe/Amsterdam"))}) {
            assertThat(KnowledgeHorizon.of(horizon.function(), horizon.parameters())).isEqualTo(horizon);
        }
        assertThatThrownBy(() -> KnowledgeHorizon.of("guess", Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("knowledge_horizon_fnc"));
        assertThatThrownBy(() -> KnowledgeHorizon.of("x_days_ago_at_y_oclock", Map.of("x", 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("knowledge_horizon_par"));
    }

    @Test
    void formats_and_parses_entity_addresses() {
        EntityAddress.NamingAuthority authority = EntityAddress.NamingAuthority.of(YearMonth.of(2021, 1), "www.flexmeasures.io");
        EntityAddress address = new EntityAddress(authority, SensorId.of(42));

        assertThat(address.format()).isEqualTo("ea1.2021-01.io.flexmeasures:fm1.42");
        assertThat(EntityAddress.parse("ea1.2021-01.io.flexmeasures:fm1.42")).isEqualTo(address);
        assertThat(EntityAddress.NamingAuthority.of(YearMonth.of(2021, 1), "staging.flexmeasures.io").reversedDomain())
                .isEqualTo("io.flexmeasures.staging");
        assertThat(EntityAddress.parse("ea1.2023-08.localhost:fm1.1").sensorId()).isEqualTo(SensorId.of(1));
        for (String bad : new String[] {"ea2.2021-01.io.x:fm1.1", "ea1.2021-13.io.x:fm1.1", "ea1.2021-01.io.x:fm0.1",
                "ea1.2021-01.io.x:fm1.abc", "ea1.2021-01.io.x:fm1.0", "sensor 5"}) {
            assertThatThrownBy(() -> EntityAddress.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }
}
