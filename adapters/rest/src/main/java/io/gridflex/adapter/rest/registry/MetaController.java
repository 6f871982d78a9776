package io.gridflex.adapter.rest.registry;

import io.gridflex.application.health.port.in.CheckReadinessUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registry's meta routes: {@code /health} (ok while the store answers) and {@code /version}. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MetaController {

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

    @Get("/version")
    public Map<String, Object> version() {
        String version = MetaController.class.getPackage().getImplementationVersion();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "gridflex");
        body.put("version", version == null ? "development" : version);
        body.put("bundle_schema_version", "0.7");
        return body;
    }
}
