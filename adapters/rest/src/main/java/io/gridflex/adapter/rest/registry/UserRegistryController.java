package io.gridflex.adapter.rest.registry;

import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;
import io.gridflex.adapter.rest.error.Api;
import io.gridflex.application.community.port.in.GetOwnMembershipUseCase;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.topology.TopologyNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.scheduler.Schedulers;

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
    private final JsonMapper json;
    private final ExecutorService blocking;

    public UserRegistryController(GetOwnMembershipUseCase own, JsonMapper json,
                                  @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.own = own;
        this.json = json;
        this.blocking = blocking;
    }

    /** The caller's profile and membership; {@code "membership": null} for someone who is no active member (yet). */
    @Get
    public Map<String, Object> profile(Authentication authentication) {
        Actor actor = actorOf(authentication);
        GetOwnMembershipUseCase.Profile profile = own.getOwnProfile(actor);
        Map<String, Integer> counts = new TreeMap<>();
        if (profile.membership().isPresent()) {
            own.listOwnAssets(actor, Optional.empty()).forEach(a -> counts.merge(a.item().type().wireName(), 1, Integer::sum));
        }
        return RegistryJson.profile(profile.user(), profile.membership(), counts);
    }

    @Get("/member")
    public Map<String, Object> member(Authentication authentication) {
        return RegistryJson.ownMember(own.getOwnMembership(actorOf(authentication)).member().item());
    }

    /** The caller's community with its grid (streamed, as the admin route streams it) and the caller's area and role in it. */
    @Get(value = "/community", produces = MediaType.APPLICATION_JSON)
    public Publisher<byte[]> community(Authentication authentication) throws IOException {
        Actor actor = actorOf(authentication);
        String described = json.writeValueAsString(RegistryJson.ownCommunity(own.getOwnMembership(actor)));
        List<TopologyNode> first = own.getOwnTopology(actor, 0, AdminCommunitiesController.NODES_PER_PART);
        String before = described.substring(0, described.length() - 1) + ",\"topology\":[";
        return TopologyStream.of(json, before, "]}", first, from -> own.getOwnTopology(actor, from,
                AdminCommunitiesController.NODES_PER_PART), AdminCommunitiesController.NODES_PER_PART)
                .subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    @Get("/assets")
    public Map<String, Object> assets(HttpRequest<?> request, Authentication authentication) {
        var type = new RegistryQuery(request).parsed("asset_type", v -> CommunityAsset.Type.of("asset_type", v));
        return RegistryJson.all(own.listOwnAssets(actorOf(authentication), type), RegistryJson::ownAsset);
    }

    @Get("/assets/{assetKey}")
    public Map<String, Object> asset(@PathVariable String assetKey, Authentication authentication) {
        return RegistryJson.ownAsset(own.getOwnAsset(actorOf(authentication), assetKey));
    }

    @Get("/delivery-points")
    public Map<String, Object> deliveryPoints(Authentication authentication) {
        Member member = own.getOwnMembership(actorOf(authentication)).member().item();
        return RegistryJson.all(member.deliveryPoints(), RegistryJson::point);
    }
}
