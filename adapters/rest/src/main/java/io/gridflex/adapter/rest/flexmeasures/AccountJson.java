package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An account as FlexMeasures' AccountSchema shows one: its roles as {@code [{"id", "name"}]}, by id. */
@Serdeable
public record AccountJson(
        long id,
        String name,
        @JsonProperty("account_roles") List<AccountRoleJson> accountRoles,
        @JsonProperty("consultancy_account_id") @Nullable Long consultancyAccountId) {

    @Serdeable
    public record AccountRoleJson(long id, String name) {
    }
}
