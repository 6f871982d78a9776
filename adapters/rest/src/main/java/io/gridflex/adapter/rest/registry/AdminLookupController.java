package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.community.port.in.Holding;
import io.gridflex.application.community.port.in.LookUpRegistryUseCase;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.domain.community.CommunityAsset;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which community holds a user, a sensor, a delivery point — across communities, active members only (seed 004). */
@Api(Api.Name.REGISTRY)
@Controller("/admin/lookup")
@Secured({"admin", "admin-reader"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminLookupController {

    private final LookUpRegistryUseCase lookUp;
    private final JsonMapper json;

    public AdminLookupController(LookUpRegistryUseCase lookUp, JsonMapper json) {
        this.lookUp = lookUp;
        this.json = json;
    }

    @Get("/community-by-user-id/{userId}")
    public Map<String, Object> communityByUserId(@PathVariable String userId, Authentication authentication) {
        Holding<Void> found = lookUp.memberByUserId(actorOf(authentication), userId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("community", RegistryJson.ref(found.member().community()));
        body.put("member", RegistryJson.memberInCommunity(found.member()));
        return body;
    }

    @Get("/community-by-sensor-id/{sensorId}")
    public Map<String, Object> communityBySensorId(@PathVariable String sensorId, Authentication authentication) {
        Holding<CommunityAsset> found = lookUp.assetBySensorId(actorOf(authentication), sensorId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("community", RegistryJson.ref(found.member().community()));
        body.put("member", RegistryJson.memberInCommunity(found.member()));
        body.put("asset", RegistryJson.assetRef(found.held().orElseThrow()));
        return body;
    }

    @Get("/community-by-delivery-point/{dpId}")
    public Map<String, Object> communityByDeliveryPoint(@PathVariable String dpId, Authentication authentication) {
        Holding<HeldDeliveryPoint> found = lookUp.deliveryPointById(actorOf(authentication), dpId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("community", RegistryJson.ref(found.member().community()));
        body.put("member", RegistryJson.memberRef(found.member().item()));
        body.put("delivery_point", RegistryJson.point(found.held().orElseThrow().item().point()));
        return body;
    }

    @Get("/member-by-user-id/{userId}")
    public Map<String, Object> memberByUserId(@PathVariable String userId, Authentication authentication) {
        Holding<Void> found = lookUp.memberByUserId(actorOf(authentication), userId);
        return RegistryJson.memberWithCommunity(found.member());
    }

    @Get("/asset-by-sensor-id/{sensorId}")
    public Map<String, Object> assetBySensorId(@PathVariable String sensorId, Authentication authentication) {
        return RegistryJson.assetWithCommunity(lookUp.assetBySensorId(actorOf(authentication), sensorId));
    }

    @Post("/assets-by-sensor-ids")
    public List<Map<String, Object>> assetsBySensorIds(@Body String body, Authentication authentication) {
        return lookUp.assetsBySensorIds(actorOf(authentication), ids(body, "sensor_ids")).stream()
                .map(RegistryJson::assetWithCommunity).toList();
    }

    @Post("/assets-by-user-ids")
    public List<Map<String, Object>> assetsByUserIds(@Body String body, Authentication authentication) {
        return lookUp.assetsByUserIds(actorOf(authentication), ids(body, "user_ids")).stream()
                .map(RegistryJson::assetWithCommunity).toList();
    }

    @Post("/members-by-dids")
    public List<Map<String, Object>> membersByDids(@Body String body, Authentication authentication) {
        return lookUp.membersByDids(actorOf(authentication), ids(body, "dids")).stream()
                .map(found -> RegistryJson.memberWithCommunity(found.member())).toList();
    }

    /** The ids of a batch: a JSON list of texts, or an object holding it under {@code field}. */
    private List<String> ids(String body, String field) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new MalformedBodyException("The request body is not valid JSON.");
        }
        if (node != null && node.isObject()) {
            node = node.get(field);
        }
        if (node == null || !node.isArray()) {
            throw new MalformedBodyException("The request body must be a list of ids, or {\"" + field + "\": [...]}.");
        }
        List<String> ids = new ArrayList<>(node.size());
        for (JsonNode id : node.values()) {
            if (!id.isString() && !id.isNumber()) {
                throw new MalformedBodyException("Each id is a text.");
            }
            ids.add(id.isString() ? id.getStringValue() : id.getNumberValue().toString());
        }
        return ids;
    }
}
