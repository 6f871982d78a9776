package io.gridflex.adapter.rest.legacy;

import io.gridflex.adapter.rest.error.FlexMeasuresErrors;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.reactivestreams.Publisher;

/**
 * Around every legacy route: with the legacy API switched off ({@code gridflex.legacy-api: false},
 * {@code GRIDFLEX_LEGACY_API=false}) each answers 410, as FlexMeasures answers since it sunset them;
 * switched on, each answer says it is deprecated ({@code Deprecation}, {@code Link}) and names its
 * message type ({@code "type": "GetMeterDataResponse"}), errors included, as FlexMeasures' did.
 */
@Filter({"/api/v1", "/api/v1/**", "/api/v1_1", "/api/v1_1/**"})
public class LegacyApiFilter implements HttpServerFilter {

    /** When FlexMeasures deprecated its legacy API. */
    static final String DEPRECATED = "Tue, 13 Dec 2022 23:59:59 GMT";

    private static final Set<String> ENDPOINTS = Set.of("getConnection", "getMeterData", "getPrognosis", "getService",
            "postMeterData", "postPrognosis", "postPriceData", "postWeatherData");

    private final boolean enabled;

    public LegacyApiFilter(@Value("${gridflex.legacy-api:true}") boolean enabled) {
        this.enabled = enabled;
    }

    static boolean isLegacy(String path) {
        return path.equals("/api/v1") || path.startsWith("/api/v1/") || path.equals("/api/v1_1") || path.startsWith("/api/v1_1/");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order(); // outside security: a switched-off API is gone for everyone
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String version = request.getPath().startsWith("/api/v1_1") ? "1.1" : "1.0";
        if (!enabled) {
            return Publishers.just(FlexMeasuresErrors.other(HttpStatus.GONE, "API version " + version + " has been sunset. Please "
                    + "upgrade to API version 3.0. See " + documentation(version) + " for more information."));
        }
        return Publishers.map(chain.proceed(request), response -> {
            response.header("Deprecation", DEPRECATED);
            response.header("Link", "<" + documentation(version) + ">; rel=\"deprecation\"; type=\"text/html\"");
            String endpoint = request.getPath().substring(request.getPath().lastIndexOf('/') + 1);
            if (ENDPOINTS.contains(endpoint) && response.getBody().orElse(null) instanceof Map<?, ?> body && !body.containsKey("type")) {
                Map<Object, Object> typed = new LinkedHashMap<>(body);
                typed.put("type", Character.toUpperCase(endpoint.charAt(0)) + endpoint.substring(1) + "Response");
                ((MutableHttpResponse<Object>) response).body(typed);
            }
            return response;
        });
    }

    private static String documentation(String version) {
        return "https://flexmeasures.readthedocs.io/en/v0.13.0/api/v" + ("1.1".equals(version) ? "1_1" : "1") + ".html";
    }
}
