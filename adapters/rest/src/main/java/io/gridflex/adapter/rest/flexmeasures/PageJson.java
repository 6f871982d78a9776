package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * FlexMeasures' paginated listing, after the datatables.net server-side shape. FlexMeasures answers it through
 * flask-json's {@code @as_json}, which adds the HTTP status to every object it answers ({@code "status": 200}).
 */
@Serdeable
public record PageJson<T>(
        List<T> data,
        @JsonProperty("num-records") long numRecords,
        @JsonProperty("filtered-records") long filteredRecords,
        int status) {

    public PageJson(List<T> data, long numRecords, long filteredRecords) {
        this(data, numRecords, filteredRecords, 200);
    }
}
