package io.gridflex.adapter.rest.flexmeasures;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record AssetTypeJson(long id, String name, @Nullable String description) {
}
