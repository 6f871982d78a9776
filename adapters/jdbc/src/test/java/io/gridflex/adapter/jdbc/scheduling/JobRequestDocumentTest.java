package io.gridflex.adapter.jdbc.scheduling;

import io.gridflex.application.scheduling.flex.SiteQuantity;
import io.gridflex.application.scheduling.flex.StorageQuantity;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.FlexValue;
import io.gridflex.application.scheduling.flex.ProcessFlexModel;
import io.gridflex.application.scheduling.flex.StorageFlexModel;
import io.gridflex.application.scheduling.port.out.JobRequest;
import io.gridflex.domain.scheduling.ProcessDevice;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request column's layout: rows written before the request was typed stay readable, and what is written reads back. */
class JobRequestDocumentTest {

    /** A row as the queue wrote it when the document was the trigger's JSON merged with the stored flex-model. */
    static Map<String, Object> rowFromBefore() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asset", 4);
        doc.put("start", "2026-11-23T00:00:00Z");
        doc.put("resolution", "PT15M");
        doc.put("steps", 8);
        doc.put("belief-time", "2026-11-22T10:00:00Z");
        doc.put("sequential", true);
        doc.put("flex-model", List.of(
                Map.of("sensor", 7, "power", "200kW", "duration", "PT1H", "process-type", "shiftable",
                        "optimization-direction", "MIN"),
                Map.of("sensor", 8, "power", "50 kW", "duration", "PT30M")));
        doc.put("flex-context", Map.of("consumption-price-sensor", 3));
        return doc;
    }

    @Test
    void reads_a_row_written_before_the_request_was_typed() {
        JobRequest request = JobRequestDocument.read(rowFromBefore());

        assertThat(request.horizon().count()).isEqualTo(8);
        assertThat(request.sequential()).isTrue();
        assertThat(request.flexModels()).extracting(FlexDevice::sensor).containsExactly(SensorId.of(7), SensorId.of(8));
        ProcessFlexModel first = (ProcessFlexModel) request.flexModels().get(0).flexModel();
        assertThat(first.duration()).contains(Duration.ofHours(1));
        assertThat(first.type()).contains(ProcessDevice.Type.SHIFTABLE);
        assertThat(request.flexContext().quantities().get(SiteQuantity.CONSUMPTION_PRICE))
                .isEqualTo(new FlexValue.FromSensor(SensorId.of(3)));
    }

    @Test
    void what_is_written_reads_back_the_same() {
        JobRequest request = JobRequestDocument.read(rowFromBefore());
        JobRequest storage = new JobRequest(request.asset(), request.horizon(), Instant.parse("2026-11-22T10:00:00Z"), false,
                List.of(new FlexDevice(SensorId.of(9), StorageFlexModel.NONE.with(StorageQuantity.SOC_MAX,
                        new FlexValue.Fixed(io.gridflex.domain.unit.Quantity.parse("soc-max", "40 kWh"))))),
                request.flexContext());

        assertThat(JobRequestDocument.read(JobRequestDocument.write(request))).isEqualTo(request);
        assertThat(JobRequestDocument.read(JobRequestDocument.write(storage))).isEqualTo(storage);
    }
}
