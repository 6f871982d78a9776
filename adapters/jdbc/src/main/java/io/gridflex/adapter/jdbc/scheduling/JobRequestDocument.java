package io.gridflex.adapter.jdbc.scheduling;

import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.port.out.JobRequest;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.belief.EventGrid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's request as the {@code scheduling_job.request} JSONB column holds it: the horizon, the
 * belief time and FlexMeasures' flex-model list and flex-context, in the layout every stored row
 * has (rows written before the request was typed read the same way).
 */
final class JobRequestDocument {

    private JobRequestDocument() {
    }

    static Map<String, Object> write(JobRequest request) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asset", request.asset().value());
        doc.put("start", request.horizon().start().toString());
        doc.put("resolution", request.horizon().spacing().toString());
        doc.put("steps", request.horizon().count());
        doc.put("belief-time", request.beliefTime().toString());
        doc.put("sequential", request.sequential());
        doc.put("flex-model", request.flexModels().stream().map(FlexDocuments::write).toList());
        doc.put("flex-context", FlexDocuments.write(request.flexContext()));
        return doc;
    }

    @SuppressWarnings("unchecked")
    static JobRequest read(Map<String, Object> doc) {
        EventGrid horizon = new EventGrid(Instant.parse((String) doc.get("start")), Duration.parse((String) doc.get("resolution")),
                ((Number) doc.get("steps")).intValue());
        List<Map<String, Object>> models = (List<Map<String, Object>>) doc.get("flex-model");
        List<FlexDevice> devices = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            devices.add(FlexDocuments.namedDevice(models.size() == 1 ? "flex-model" : "flex-model[" + i + "]", models.get(i)));
        }
        return new JobRequest(AssetId.of(((Number) doc.get("asset")).longValue()), horizon,
                Instant.parse((String) doc.get("belief-time")), Boolean.TRUE.equals(doc.get("sequential")), devices,
                FlexDocuments.context((Map<String, Object>) doc.getOrDefault("flex-context", Map.of())));
    }
}
