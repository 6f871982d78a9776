package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.application.community.port.in.GetOwnMembershipUseCase;
import io.gridflex.application.community.port.in.GetOwnMembershipUseCase.Membership;
import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Self-service: the caller's own membership, community, assets and delivery points (seed 004's
 * {@code /user} routes). The member is the active one whose user id is the caller's username.
 */
@Api(Api.Name.REGISTRY)
@Controller("/user")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserRegistryController {

    private final GetOwnMembershipUseCase own;

    public UserRegistryController(GetOwnMembershipUseCase own) {
        this.own = own;
    }

    @Get
    public Map<String, Object> profile(Authentication authentication) {
        Actor actor = actorOf(authentication);
        Membership membership = own.getOwnMembership(actor);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", membership.user().id().value());
        user.put("user_id", membership.user().username());
        user.put("email", membership.user().email().value());
        Map<String, Object> member = RegistryJson.memberRef(membership.member());
        member.put("area", membership.member().item().area());
        Map<String, Integer> counts = new TreeMap<>();
        own.listOwnAssets(actor, java.util.Optional.empty())
                .forEach(a -> counts.merge(a.item().type().wireName(), 1, Integer::sum));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user);
        body.put("community", RegistryJson.ref(membership.community().community()));
        body.put("member", member);
        body.put("asset_counts", counts);
        return body;
    }

    @Get("/member")
    public Map<String, Object> member(Authentication authentication) {
        return RegistryJson.member(own.getOwnMembership(actorOf(authentication)).member());
    }

    @Get("/community")
    public Map<String, Object> community(Authentication authentication) {
        return RegistryJson.community(own.getOwnMembership(actorOf(authentication)).community());
    }

    @Get("/assets")
    public List<Map<String, Object>> assets(HttpRequest<?> request, Authentication authentication) {
        var type = new RegistryQuery(request).parsed("asset_type", v -> CommunityAsset.Type.of("asset_type", v));
        return own.listOwnAssets(actorOf(authentication), type).stream().map(RegistryJson::asset).toList();
    }

    @Get("/assets/{assetKey}")
    public Map<String, Object> asset(@PathVariable String assetKey, Authentication authentication) {
        return RegistryJson.asset(own.getOwnAsset(actorOf(authentication), assetKey));
    }

    @Get("/delivery-points")
    public List<Map<String, Object>> deliveryPoints(Authentication authentication) {
        Registered<io.gridflex.domain.community.Member> member = own.getOwnMembership(actorOf(authentication)).member();
        return member.item().deliveryPoints().stream().map(RegistryJson::point).toList();
    }

}
