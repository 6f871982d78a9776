package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

@Serdeable
public record SensorJson(
        long id,
        String name,
        String unit,
        @JsonProperty("entity_address") String entityAddress,
        @JsonProperty("event_resolution") String eventResolution,
        @JsonProperty("generic_asset_id") long genericAssetId,
        String timezone,
        String attributes,
        @JsonProperty("knowledge_horizon_fnc") String knowledgeHorizonFnc,
        @JsonProperty("knowledge_horizon_par") Map<String, Object> knowledgeHorizonPar) {
}
