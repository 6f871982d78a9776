package io.gridflex.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.InvalidValueException;
import org.junit.jupiter.api.Test;

class SensorUnitTest {

    @Test
    void knows_the_units_energy_communities_record_in() {
        for (String unit : new String[] {"W", "kW", "MW", "kWh", "MWh", "Wh", "kVA", "m³/h", "l/h", "°C", "%", "EUR/MWh",
                "cEUR/kWh", "KRW/kWh", "EUR", "kEUR", "EUR/kW", "m/s", "W/m²", "V", "A"}) {
            assertThat(SensorUnit.of(unit).symbol()).as(unit).isEqualTo(unit);
        }
    }

    @Test
    void refuses_an_unknown_unit() {
        assertThatThrownBy(() -> SensorUnit.of("furlong/fortnight²"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("unit"));
        assertThatThrownBy(() -> SensorUnit.of("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void converts_within_a_dimension_and_never_between_currencies() {
        assertThat(SensorUnit.of("kW").isConvertibleTo(SensorUnit.of("MW"))).isTrue();
        assertThat(SensorUnit.of("EUR/MWh").isConvertibleTo(SensorUnit.of("cEUR/kWh"))).isTrue();
        assertThat(SensorUnit.of("m³/h").isConvertibleTo(SensorUnit.of("l/h"))).isTrue();
        assertThat(SensorUnit.of("EUR/MWh").isConvertibleTo(SensorUnit.of("USD/MWh"))).isFalse();
        assertThat(SensorUnit.of("kW").isConvertibleTo(SensorUnit.of("kWh"))).isFalse();
    }
}
