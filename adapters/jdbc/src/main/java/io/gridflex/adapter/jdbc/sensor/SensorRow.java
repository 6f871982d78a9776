package io.gridflex.adapter.jdbc.sensor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

@MappedEntity("sensor")
record SensorRow(
        @Id @GeneratedValue @Nullable Long id,
        Long genericAssetId,
        String name,
        String unit,
        long eventResolutionSeconds,
        String timezone,
        String knowledgeHorizonFnc,
        @ColumnTransformer(write = "?::jsonb") String knowledgeHorizonPar,
        @ColumnTransformer(write = "?::jsonb") String attributes) {
}
