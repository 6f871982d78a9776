package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.application.health.port.in.CheckReadinessUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registry's meta routes: {@code /health} (ok while the store answers), {@code /version}, and the API page {@code /docs}. */
@Api(Api.Name.REGISTRY)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MetaController {

    /** rec-registry's release whose published API gridflex serves. */
    static final String REGISTRY_API_VERSION = "1.7.0";

    private final CheckReadinessUseCase readiness;

    public MetaController(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    @Get("/health")
    public HttpResponse<Map<String, Object>> health() {
        boolean ready = readiness.checkReadiness().ready();
        return HttpResponse.<Map<String, Object>>status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", ready ? "ok" : "unavailable"));
    }

    /** The interactive API page (Swagger UI over the description at /swagger/gridflex-0.1.yml). */
    @Get(value = "/docs", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> docs() throws IOException {
        try (InputStream page = MetaController.class.getResourceAsStream("/META-INF/swagger/views/swagger-ui/index.html")) {
            if (page == null) {
                return HttpResponse.notFound();
            }
            return HttpResponse.ok(new String(page.readAllBytes(), StandardCharsets.UTF_8)).contentType(MediaType.TEXT_HTML_TYPE);
        }
    }

    /**
     * The registry API release whose contract gridflex serves (its OpenAPI document's version), and
     * the bundle schema it reads and writes; gridflex's own version is at {@code GET /api/v3_0}.
     */
    @Get("/version")
    public Map<String, Object> version() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_version", REGISTRY_API_VERSION);
        body.put("schema_version", Bundle.SCHEMA_VERSION);
        return body;
    }
}
