package io.gridflex.application.scheduling.flex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FlexMeasures' documents read into typed values and written back: what is written reads back the same. */
class FlexDocumentsTest {

    @Test
    void a_storage_flex_model_reads_back_as_written() {
        StorageFlexModel read = FlexDocuments.storage("flex-model", Map.of("soc-max", "25 kWh", "roundtrip-efficiency", 0.9,
                "soc-targets", List.of(Map.of("datetime", "2026-06-02T12:00:00+02:00", "value", "20 kWh"),
                        Map.of("start", "2026-06-02T13:00:00Z", "duration", "PT1H", "value", 18)),
                "soc-usage", List.of(Map.of("sensor", 7), "1 kW"), "prefer-charging-sooner", false,
                "operation-modes", List.of(Map.of("consumption-range", List.of("0 kW", "3.7 kW")))));

        assertThat(FlexDocuments.storage("flex-model", FlexDocuments.write(read))).isEqualTo(read);
        assertThat(read.socUnit()).as("absent, so the stored one or the default decides").isEmpty();
    }

    @Test
    void a_process_and_a_flex_context_read_back_as_written() {
        DeviceFlexModel process = FlexDocuments.device("flex-model", Map.of("power", "200 kW", "duration", "PT2H",
                "process-type", "breakable", "time-restrictions", List.of(Map.of("start", "2026-06-02T10:00:00Z", "duration", "PT1H"))));
        SiteFlexContext context = FlexDocuments.context(Map.of("consumption-price-sensor", 3, "site-power-capacity", "1 MW",
                "relax-constraints", false, "inflexible-device-sensors", List.of(4, 5)));

        assertThat(process).isInstanceOf(ProcessFlexModel.class);
        assertThat(FlexDocuments.device("flex-model", FlexDocuments.write(process))).isEqualTo(process);
        assertThat(FlexDocuments.context(FlexDocuments.write(context))).isEqualTo(context);
    }

    @Test
    void refuses_what_has_the_wrong_shape_naming_the_field() {
        assertThatThrownBy(() -> FlexDocuments.storage("flex-model[1]", Map.of("prefer-charging-sooner", "yes")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("flex-model[1].prefer-charging-sooner");
        assertThatThrownBy(() -> FlexDocuments.context(Map.of("site-power-capacity", "1 MW", "color", "red")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("flex-context.color");
    }

    @Test
    void a_given_field_replaces_the_stored_one_and_an_absent_one_keeps_it() {
        StorageFlexModel stored = FlexDocuments.storage("flex-model", Map.of("soc-max", "40 kWh", "soc-unit", "kWh"));
        StorageFlexModel given = FlexDocuments.storage("flex-model", Map.of("soc-max", "30 kWh", "prefer-curtailing-later", false));

        StorageFlexModel merged = given.over(stored);

        assertThat(FlexDocuments.write(merged)).containsEntry("soc-max", "30.0 kWh").containsEntry("soc-unit", "kWh")
                .containsEntry("prefer-curtailing-later", false);
    }
}
