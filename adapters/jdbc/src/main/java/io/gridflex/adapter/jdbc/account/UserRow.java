package io.gridflex.adapter.jdbc.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

@MappedEntity("app_user")
record UserRow(
        @Id @GeneratedValue @Nullable Long id,
        Long accountId,
        String email,
        String username,
        String passwordHash,
        boolean active,
        String timezone,
        @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
        String tokenStamp,
        @Nullable Instant lastLoginAt) {
}
