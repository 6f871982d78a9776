package io.gridflex.adapter.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The OpenAPI description of every route this adapter serves (FlexMeasures v3 and the community
 * registry), generated at compile time by micronaut-openapi and served at {@code /swagger/…},
 * with an interactive page at {@code /docs}.
 */
@OpenAPIDefinition(info = @Info(title = "gridflex", version = "0.1",
        description = "Energy flexibility for energy communities: FlexMeasures API v3 and the community registry API."),
        tags = {@Tag(name = "registry", description = "The community registry (rec-registry, bundle schema 0.7)")})
public final class GridflexApi {

    private GridflexApi() {
    }
}
