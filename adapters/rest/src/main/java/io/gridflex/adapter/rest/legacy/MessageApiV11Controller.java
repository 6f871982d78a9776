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

/**
 * FlexMeasures' legacy API v1.1 (seed 002): typed messages on connections named by entity
 * address, over the same beliefs as v3. Gets read their message from the body or the query string.
 */
@Api(Api.Name.FLEXMEASURES_V1)
@Controller("/api/v1_1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessageApiV11Controller {

    private final LegacyEndpoints endpoints;
    private final JsonMapper json;

    public MessageApiV11Controller(LegacyEndpoints endpoints, JsonMapper json) {
        this.endpoints = endpoints;
        this.json = json;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/getService")
    public Map<String, Object> getService(@Nullable @QueryValue String access) {
        return LegacyServices.listing("1.1", Optional.ofNullable(access).filter(a -> !a.isBlank()));
    }

    /** A GET with a body arrives as this POST ({@link GetWithBody}); the listing needs nothing of the body. */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(value = "/getService", consumes = MediaType.ALL)
    public Map<String, Object> getServiceWithBody(@Nullable @QueryValue String access) {
        return getService(access);
    }

    @Get(value = "/getConnection", consumes = MediaType.ALL)
    public Map<String, Object> getConnection(Authentication authentication) {
        return endpoints.getConnection(actorOf(authentication));
    }

    /** The seed's GetConnectionRequest is a GET with a body: it arrives as this POST ({@link GetWithBody}). */
    @Post(value = "/getConnection", consumes = MediaType.ALL)
    public Map<String, Object> getConnectionWithBody(Authentication authentication) {
        return getConnection(authentication);
    }

    @Get(value = "/getMeterData", consumes = MediaType.ALL)
    public Map<String, Object> getMeterData(HttpRequest<?> request, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), message(request, null), PowerData.METER_DATA);
    }

    /** The message in the body: a GET with a body arrives as this POST ({@link GetWithBody}). */
    @Post(value = "/getMeterData", consumes = MediaType.ALL)
    public Map<String, Object> getMeterDataInBody(HttpRequest<?> request, @Nullable @Body String body, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), message(request, body), PowerData.METER_DATA);
    }

    @Get(value = "/getPrognosis", consumes = MediaType.ALL)
    public Map<String, Object> getPrognosis(HttpRequest<?> request, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), message(request, null), PowerData.PROGNOSIS);
    }

    /** The message in the body, as {@link #getMeterDataInBody}. */
    @Post(value = "/getPrognosis", consumes = MediaType.ALL)
    public Map<String, Object> getPrognosisInBody(HttpRequest<?> request, @Nullable @Body String body, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), message(request, body), PowerData.PROGNOSIS);
    }

    @Post(value = "/postMeterData", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postMeterData(HttpRequest<?> request, @Nullable @Body String body,
                                                                  Authentication authentication) {
        return endpoints.postPower(actorOf(authentication), message(request, body), PowerData.METER_DATA);
    }

    @Post(value = "/postPrognosis", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postPrognosis(HttpRequest<?> request, @Nullable @Body String body,
                                                                  Authentication authentication) {
        return endpoints.postPower(actorOf(authentication), message(request, body), PowerData.PROGNOSIS);
    }

    @Post(value = "/postPriceData", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postPriceData(HttpRequest<?> request, @Nullable @Body String body,
                                                                  Authentication authentication) {
        return endpoints.postPrices(actorOf(authentication), message(request, body));
    }

    @Post(value = "/postWeatherData", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postWeatherData(HttpRequest<?> request, @Nullable @Body String body,
                                                                    Authentication authentication) {
        return endpoints.postWeather(actorOf(authentication), message(request, body));
    }

    private LegacyMessage message(HttpRequest<?> request, String body) {
        return LegacyMessage.of(request.getParameters(), body, json);
    }
}
