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
 * FlexMeasures' legacy message API (seed 002): v1 (meter data) and v1.1 (connections, prognoses,
 * prices, weather besides), typed messages on connections named by entity address, over the same
 * beliefs as v3. A get reads its message from the query string or from its body: a GET with a body
 * arrives as a POST of the same route ({@link GetWithBody}), so each get route also takes POST.
 */
@Api(Api.Name.FLEXMEASURES_V1)
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessageApiController {

    private final LegacyEndpoints endpoints;
    private final JsonMapper json;

    public MessageApiController(LegacyEndpoints endpoints, JsonMapper json) {
        this.endpoints = endpoints;
        this.json = json;
    }

    // A route takes one method: each get has its POST twin, for the message in a body.

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(uris = {"/v1/getService", "/v1_1/getService"})
    public Map<String, Object> getService(HttpRequest<?> request, @Nullable @QueryValue String access) {
        String version = request.getPath().startsWith("/api/v1_1/") ? "1.1" : "1.0";
        return LegacyServices.listing(version, Optional.ofNullable(access).filter(a -> !a.isBlank()));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(uris = {"/v1/getService", "/v1_1/getService"}, consumes = MediaType.ALL)
    public Map<String, Object> getServiceByPost(HttpRequest<?> request, @Nullable @QueryValue String access) {
        return getService(request, access);
    }

    @Get(uris = {"/v1/getMeterData", "/v1_1/getMeterData"}, consumes = MediaType.ALL)
    public Map<String, Object> getMeterData(HttpRequest<?> request, Authentication authentication) {
        return getMeterDataByPost(request, null, authentication);
    }

    @Post(uris = {"/v1/getMeterData", "/v1_1/getMeterData"}, consumes = MediaType.ALL)
    public Map<String, Object> getMeterDataByPost(HttpRequest<?> request, @Nullable @Body String body, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), message(request, body), PowerData.METER_DATA);
    }

    @Post(uris = {"/v1/postMeterData", "/v1_1/postMeterData"}, consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postMeterData(HttpRequest<?> request, @Nullable @Body String body,
                                                                  Authentication authentication) {
        return endpoints.postPower(actorOf(authentication), message(request, body), PowerData.METER_DATA);
    }

    @Get(value = "/v1_1/getConnection", consumes = MediaType.ALL)
    public Map<String, Object> getConnection(Authentication authentication) {
        return endpoints.getConnection(actorOf(authentication));
    }

    @Post(value = "/v1_1/getConnection", consumes = MediaType.ALL)
    public Map<String, Object> getConnectionByPost(Authentication authentication) {
        return getConnection(authentication);
    }

    @Get(value = "/v1_1/getPrognosis", consumes = MediaType.ALL)
    public Map<String, Object> getPrognosis(HttpRequest<?> request, Authentication authentication) {
        return getPrognosisByPost(request, null, authentication);
    }

    @Post(value = "/v1_1/getPrognosis", consumes = MediaType.ALL)
    public Map<String, Object> getPrognosisByPost(HttpRequest<?> request, @Nullable @Body String body, Authentication authentication) {
        return endpoints.getPower(actorOf(authentication), message(request, body), PowerData.PROGNOSIS);
    }

    @Post(value = "/v1_1/postPrognosis", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postPrognosis(HttpRequest<?> request, @Nullable @Body String body,
                                                                  Authentication authentication) {
        return endpoints.postPower(actorOf(authentication), message(request, body), PowerData.PROGNOSIS);
    }

    @Post(value = "/v1_1/postPriceData", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postPriceData(HttpRequest<?> request, @Nullable @Body String body,
                                                                  Authentication authentication) {
        return endpoints.postPrices(actorOf(authentication), message(request, body));
    }

    @Post(value = "/v1_1/postWeatherData", consumes = MediaType.ALL)
    public MutableHttpResponse<Map<String, Object>> postWeatherData(HttpRequest<?> request, @Nullable @Body String body,
                                                                    Authentication authentication) {
        return endpoints.postWeather(actorOf(authentication), message(request, body));
    }

    private LegacyMessage message(HttpRequest<?> request, String body) {
        return LegacyMessage.of(request.getParameters(), body, json);
    }
}
