package io.gridflex.adapter.jdbc.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

@MappedEntity("account")
record AccountRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable Long consultancyAccountId,
        @TypeDef(type = DataType.STRING_ARRAY) String[] accountRoles) {
}
