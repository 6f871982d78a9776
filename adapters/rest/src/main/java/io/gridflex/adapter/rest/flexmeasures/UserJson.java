package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A user as FlexMeasures shows one; roles by id ({@code flexmeasures_roles}). */
@Serdeable
public record UserJson(
        long id,
        String email,
        String username,
        @JsonProperty("account_id") long accountId,
        boolean active,
        String timezone,
        @JsonProperty("flexmeasures_roles") List<Integer> flexmeasuresRoles,
        @JsonProperty("last_login_at") @Nullable String lastLoginAt) {
}
