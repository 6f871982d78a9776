package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** FlexMeasures' paginated listing, after the datatables.net server-side shape. */
@Serdeable
public record PageJson<T>(
        List<T> data,
        @JsonProperty("num-records") long numRecords,
        @JsonProperty("filtered-records") long filteredRecords) {
}
