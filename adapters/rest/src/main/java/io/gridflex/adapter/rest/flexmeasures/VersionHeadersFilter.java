package io.gridflex.adapter.rest.flexmeasures;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

/**
 * As FlexMeasures does after every request under /api/: {@code FlexMeasures-Version} (the release
 * gridflex follows) on each answer, {@code API-Version: v3_0} on those under /api/v3_0, and beside
 * them gridflex's own version ({@code X-Gridflex-Version}) — errors and refusals included.
 */
@Filter({"/api", "/api/**"})
public class VersionHeadersFilter implements HttpServerFilter {

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before(); // outermost: also on what security and the legacy switch refuse
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean v3 = request.getPath().startsWith("/api/v3_0");
        return Publishers.map(chain.proceed(request), response -> {
            response.header(Versions.FLEXMEASURES_VERSION_HEADER, Versions.FLEXMEASURES_RELEASE);
            response.header(Versions.GRIDFLEX_VERSION_HEADER, Versions.gridflex());
            if (v3) {
                response.header(Versions.API_VERSION_HEADER, "v3_0");
            }
            return response;
        });
    }
}
