package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record AuditEventJson(
        String event,
        @JsonProperty("event_datetime") String eventDatetime,
        @JsonProperty("active_user_name") @Nullable String activeUserName,
        @JsonProperty("active_user_id") @Nullable Long activeUserId) {
}
