package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record AccountJson(
        long id,
        String name,
        @JsonProperty("account_roles") List<String> accountRoles,
        @JsonProperty("consultancy_account_id") @Nullable Long consultancyAccountId) {
}
