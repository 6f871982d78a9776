package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.application.health.port.in.CheckReadinessUseCase;
import io.gridflex.application.health.port.in.Readiness;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0/health")
@Secured(SecurityRule.IS_ANONYMOUS)
public class HealthController {

    private final CheckReadinessUseCase checkReadiness;

    public HealthController(CheckReadinessUseCase checkReadiness) {
        this.checkReadiness = checkReadiness;
    }

    @Get("/ready")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<Map<String, Boolean>> ready() {
        Readiness readiness = checkReadiness.checkReadiness();
        return HttpResponse.status(readiness.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("database_sql", readiness.databaseSql()));
    }
}
