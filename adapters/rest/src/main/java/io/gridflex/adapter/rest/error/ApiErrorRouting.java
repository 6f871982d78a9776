package io.gridflex.adapter.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Which API a request was for, and so in which shape its errors are told: the API whose
 * controller handled it; for a request no controller took, the API claiming its path; else
 * FlexMeasures, the API gridflex serves by default.
 */
@Singleton
public class ApiErrorRouting {

    private final List<ApiErrors> apis;
    private final FlexMeasuresApiErrors fallback;

    public ApiErrorRouting(List<ApiErrors> apis, FlexMeasuresApiErrors fallback) {
        this.apis = List.copyOf(apis);
        this.fallback = fallback;
    }

    public ApiErrors of(HttpRequest<?> request) {
        Optional<Api> declared = RouteAttributes.getRouteInfo(request).map(RouteInfo::getDeclaringType)
                .map(controller -> controller.getAnnotation(Api.class));
        if (declared.isPresent()) {
            for (ApiErrors api : apis) {
                if (api.name() == declared.get().value()) {
                    return api;
                }
            }
        }
        String path = request.getPath();
        // the fallback claims all of /api, so an API claiming a part of it (/api/v1_1) is asked first
        return apis.stream().filter(api -> api != fallback && api.claimsUnrouted(path)).findFirst().orElse(fallback);
    }
}
