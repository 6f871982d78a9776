package io.gridflex.adapter.rest.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.RefusedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyAddressTest {

    @Test
    void reads_connections_with_and_without_owner_and_scheme() {
        assertThat(LegacyAddress.parse("ea1.2021-01.io.flexmeasures.company:3:4"))
                .isEqualTo(new LegacyAddress.Connection("ea1.2021-01.io.flexmeasures.company:3:4", Optional.of(3L), 4));
        assertThat(LegacyAddress.parse("ea1.2026-01.localhost:42")).isEqualTo(new LegacyAddress.Connection("ea1.2026-01.localhost:42",
                Optional.empty(), 42));
        assertThat(LegacyAddress.parse("ea1.2026-01.localhost:fm1.42")).isEqualTo(new LegacyAddress.Connection(
                "ea1.2026-01.localhost:fm1.42", Optional.empty(), 42));
        assertThat(LegacyAddress.parse("ea1.2026-01.localhost:fm0.7:42")).isEqualTo(new LegacyAddress.Connection(
                "ea1.2026-01.localhost:fm0.7:42", Optional.of(7L), 42));
    }

    @Test
    void reads_markets_and_weather_sensors() {
        assertThat(LegacyAddress.parse("ea1.2021-01.io.flexmeasures.company:epex_da"))
                .isEqualTo(new LegacyAddress.Market("ea1.2021-01.io.flexmeasures.company:epex_da", "epex_da"));
        assertThat(LegacyAddress.parse("ea1.2021-01.io.flexmeasures.company:temperature:33.4843866:126.477859"))
                .isEqualTo(new LegacyAddress.WeatherSensor("ea1.2021-01.io.flexmeasures.company:temperature:33.4843866:126.477859",
                        "temperature", 33.4843866, 126.477859));
        assertThat(LegacyAddress.parse("ea1.2018-06.localhost:wind speed:-33.5:126")).isInstanceOf(LegacyAddress.WeatherSensor.class);
    }

    @Test
    void refuses_what_is_no_ea1_address_as_an_invalid_domain() {
        for (String bad : new String[] {"CS 1", "ea2.2021-01.localhost:1", "ea1.2021-13.localhost:1", "ea1.21-01.localhost:1",
                "ea1.2021-01.localhost:", "ea1.2021-01.localhost:temperature:95:10", "ea1.2021-01.localhost:1:2:3",
                "ea1.2021-01.localhost:'; DROP TABLE sensor; --"}) {
            assertThatThrownBy(() -> LegacyAddress.parse(bad)).as(bad).isInstanceOfSatisfying(RefusedException.class,
                    refused -> assertThat(refused.first().code()).isEqualTo(LegacyStatus.INVALID_DOMAIN));
        }
    }
}
