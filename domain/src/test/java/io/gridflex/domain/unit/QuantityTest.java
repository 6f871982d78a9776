package io.gridflex.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.domain.failure.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static final SensorUnit MW = SensorUnit.of("MW");
    private static final SensorUnit MWH = SensorUnit.of("MWh");
    private static final Duration QUARTER = Duration.ofMinutes(15);

    @Test
    void reads_the_quantities_of_flex_models() {
        assertThat(Quantity.parse("power-capacity", "25kW").in(MW, QUARTER, "f")).isCloseTo(0.025, within(1e-12));
        assertThat(Quantity.parse("soc-at-start", "12.1 kWh").in(MWH, QUARTER, "f")).isCloseTo(0.0121, within(1e-12));
        assertThat(Quantity.parse("site-power-capacity", "100 kVA").in(MW, QUARTER, "f")).isCloseTo(0.1, within(1e-12));
        assertThat(Quantity.parse("charging-efficiency", "120%").in(SensorUnit.ONE, QUARTER, "f")).isCloseTo(1.2, within(1e-12));
        assertThat(Quantity.parse("storage-efficiency", "0.9999").in(SensorUnit.ONE, QUARTER, "f")).isEqualTo(0.9999);
        assertThat(Quantity.parse("x", "-1.5e3 W").value()).isEqualTo(-1500);
    }

    @Test
    void refuses_what_is_no_quantity_naming_the_field() {
        assertThatThrownBy(() -> Quantity.parse("soc-min", "ten kWh"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("soc-min"));
        assertThatThrownBy(() -> Quantity.parse("soc-min", "10 furlongs"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.reason()).contains("furlongs"));
        assertThatThrownBy(() -> Quantity.parse("soc-min", "10 kW").in(MWH, Duration.ZERO, "soc-min"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("soc-min"));
    }

    @Test
    void prices_convert_within_their_currency_only() {
        SensorUnit perMw = SensorUnit.of("EUR/kW").pricePer(MW).orElseThrow();
        assertThat(Quantity.parse("site-consumption-breach-price", "1000 EUR/kW").in(perMw, QUARTER, "f"))
                .isCloseTo(1e6, within(1e-6));
        SensorUnit perMwh = SensorUnit.of("cEUR/kWh").pricePer(MWH).orElseThrow();
        assertThat(perMwh.symbol()).isEqualTo("EUR/MWh");
        assertThat(Quantity.parse("consumption-price", "5 cEUR/kWh").in(perMwh, QUARTER, "f")).isCloseTo(50, within(1e-9));
        assertThat(SensorUnit.of("EUR/kWh").pricePer(MW)).isEmpty();
        assertThat(SensorUnit.of("kW").pricePer(MW)).isEmpty();
        assertThat(SensorUnit.of("USD/MWh").pricePer(MWH).orElseThrow().isConvertibleTo(perMwh)).isFalse();
    }
}
