package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An account on a page of FlexMeasures' account listing: the account with its numbers of users and assets. */
@Serdeable
public record ListedAccountJson(
        long id,
        String name,
        @JsonProperty("account_roles") List<AccountJson.AccountRoleJson> accountRoles,
        @JsonProperty("consultancy_account_id") @Nullable Long consultancyAccountId,
        @JsonProperty("user_count") long userCount,
        @JsonProperty("asset_count") long assetCount) {
}
