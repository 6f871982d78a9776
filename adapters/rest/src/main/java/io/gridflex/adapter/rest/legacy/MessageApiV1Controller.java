package io.gridflex.adapter.rest.legacy;

import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.legacy.LegacyEndpoints.PowerData;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import java.util.Optional;

/** FlexMeasures' legacy API v1: meter data only; v1.1 kept its messages and added the rest. */
@Api(Api.Name.FLEXMEASURES_V1)
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessageApiV1Controller {

    private final LegacyEndpoints endpoints;
    private final JsonMapper json;

    public MessageApiV1Controller(LegacyEndpoints endpoints, JsonMapper json) {
        this.endpoints = endpoints;
        this.json = json;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/getService")
    public Map<String, Object> getService(@Nullable @QueryValue String access) {
        return LegacyServices.listing("1.0", Optional.ofNullable(access).filter(a -> !a.isBlank()));
    }

    /** A GET with a body arrives as this POST ({@link GetWithBody}). */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(value = "/getService", consumes = MediaType.ALL)
    public Map<String, Object> getServiceWithBody(@Nullable @QueryValue String access) {
        return getService(access);
    }

    @Get(value = "/getMeterData", consumes = MediaType.ALL)
    public Map<String, Object> getMeterData(HttpRequest<?> request, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), LegacyMessage.of(request.getParameters(), null, json), PowerData.METER_DATA);
    }

    /** v1 also took this message by POST; a GET with a body arrives as one too ({@link GetWithBody}). */
    @Post(value = "/getMeterData", consumes = MediaType.ALL)
    public Map<String, Object> getMeterDataInBody(HttpRequest<?> request, @Nullable @Body String body, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), LegacyMessage.of(request.getParameters(), body, json), PowerData.METER_DATA);
    }

    @Post(value = "/postMeterData", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postMeterData(HttpRequest<?> request, @Nullable @Body String body,
                                                                  Authentication authentication) {
        return endpoints.postPower(actorOf(authentication), LegacyMessage.of(request.getParameters(), body, json),
                PowerData.METER_DATA);
    }
}
