package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.account.port.in.AuthToken;
import io.gridflex.application.account.port.in.RequestAuthTokenUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The public part of the FlexMeasures API: versions, the service listing, the ping and token requests. */
@Api(Api.Name.FLEXMEASURES)
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
public class PublicController {

    private final RequestAuthTokenUseCase requestAuthToken;
    private final JsonMapper json;
    private final List<String> versions;

    public PublicController(RequestAuthTokenUseCase requestAuthToken, JsonMapper json,
                            @Value("${gridflex.legacy-api:true}") boolean legacyApi) {
        this.requestAuthToken = requestAuthToken;
        this.json = json;
        this.versions = legacyApi ? List.of("v1", "v1_1", "v3_0") : List.of("v3_0");
    }

    @Get(uris = {"/", "/v3_0/versions"})
    public Map<String, Object> versions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "For these API versions a public endpoint is available, listing its service. For example: "
                + "/api/v3_0. An authentication token can be requested at: /api/requestAuthToken");
        body.put("status", 200);
        body.put("versions", versions);
        body.put("flexmeasures_version", Versions.FLEXMEASURES_RELEASE);
        body.put("gridflex_version", Versions.gridflex());
        return body;
    }

    /** FlexMeasures' operations ping ({@code api/common/routes.py}): the server answers. */
    @Get("/ops/ping")
    public Map<String, Object> ping() {
        return Map.of("message", "ok");
    }

    @Get("/v3_0")
    public Map<String, Object> serviceListing() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", Versions.API_VERSION);
        body.put("flexmeasures_version", Versions.FLEXMEASURES_RELEASE);
        body.put("gridflex_version", Versions.gridflex());
        body.put("services", ServiceListing.SERVICES);
        body.put("status", "PROCESSED");
        body.put("message", "Request has been processed.");
        return body;
    }

    @Post("/requestAuthToken")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Map<String, Object> requestAuthToken(@Body String body) {
        JsonRequest request;
        try {
            request = JsonRequest.parse(json, body).allowOnly(Set.of("email", "password"), Set.of());
        } catch (MalformedBodyException e) {
            // FlexMeasures reads this body without a schema: anything but an object is a 400 there, never a 422
            throw new MalformedBodyException(e.getMessage());
        }
        String email = request.required("email", request::string).orElse(null);
        String password = request.required("password", request::string).orElse(null);
        request.done();
        AuthToken token = requestAuthToken.requestAuthToken(email, password);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("auth_token", token.token());
        answer.put("user_id", token.userId().value());
        return answer;
    }
}
