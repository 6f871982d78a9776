package io.gridflex.adapter.jdbc.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An account's own row; its roles are rows of {@code account_account_role}. */
@MappedEntity("account")
record AccountRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable Long consultancyAccountId) {
}
