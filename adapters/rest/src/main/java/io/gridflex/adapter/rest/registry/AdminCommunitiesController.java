package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.application.community.port.in.GetCommunityUseCase;
import io.gridflex.application.community.port.in.GetMemberUseCase;
import io.gridflex.application.community.port.in.ListCommunitiesUseCase;
import io.gridflex.application.community.port.in.ListCommunityAssetsUseCase;
import io.gridflex.application.community.port.in.ListDeliveryPointsUseCase;
import io.gridflex.application.community.port.in.ListMembersUseCase;
import io.gridflex.application.community.port.in.TraceTopologyUseCase;
import io.gridflex.application.community.query.CommunityAssetFilter;
import io.gridflex.application.community.query.DeliveryPointFilter;
import io.gridflex.application.community.query.MemberFilter;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Member;
import io.gridflex.application.community.port.in.Holding;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.query.Registered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.gridflex.domain.topology.TopologyNode;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.scheduler.Schedulers;

/** The registry's admin reads: communities, their grid, members, delivery points and assets (seed 004). */
@Api(Api.Name.REGISTRY)
@Controller("/admin/communities")
@Secured({"admin", "admin-reader"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminCommunitiesController {

    private final ListCommunitiesUseCase listCommunities;
    private final GetCommunityUseCase getCommunity;
    private final ListMembersUseCase listMembers;
    private final GetMemberUseCase getMember;
    private final ListDeliveryPointsUseCase deliveryPoints;
    private final ListCommunityAssetsUseCase assets;
    private final TraceTopologyUseCase topology;
    private final ExecutorService blocking;
    private final JsonMapper json;

    /** Nodes read per query while streaming a grid. */
    static final int NODES_PER_PART = 5_000;

    public AdminCommunitiesController(ListCommunitiesUseCase listCommunities, GetCommunityUseCase getCommunity,
                                      ListMembersUseCase listMembers, GetMemberUseCase getMember,
                                      ListDeliveryPointsUseCase deliveryPoints, ListCommunityAssetsUseCase assets,
                                      TraceTopologyUseCase topology, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                                      JsonMapper json) {
        this.listCommunities = listCommunities;
        this.getCommunity = getCommunity;
        this.listMembers = listMembers;
        this.getMember = getMember;
        this.deliveryPoints = deliveryPoints;
        this.assets = assets;
        this.topology = topology;
        this.blocking = blocking;
        this.json = json;
    }

    @Get
    public Map<String, Object> communities(HttpRequest<?> request, Authentication authentication) {
        RegistryQuery query = new RegistryQuery(request);
        return RegistryJson.page(listCommunities.listCommunities(actorOf(authentication), query.text("key"), query.cursor()),
                RegistryJson::community);
    }

    @Get("/{ck}")
    public Map<String, Object> community(@PathVariable String ck, Authentication authentication) {
        Actor actor = actorOf(authentication);
        Map<String, Object> body = RegistryJson.communityDetail(getCommunity.getCommunity(actor, ck));
        body.put("topology", getCommunity.getTopology(actor, ck).stream().map(RegistryJson::node).toList());
        return body;
    }

    /**
     * The grid as {@code {"topology": [...]}}, streamed a part at a time as the client reads it: a
     * community of 100,000 nodes never sits in memory whole. An unknown community is judged before
     * the first byte.
     */
    @Get(value = "/{ck}/topology", produces = MediaType.APPLICATION_JSON)
    public Publisher<byte[]> topology(@PathVariable String ck, Authentication authentication) {
        Actor actor = actorOf(authentication);
        List<TopologyNode> first = getCommunity.getTopology(actor, ck, 0, NODES_PER_PART);
        return TopologyStream.of(json, "{\"topology\":[", "]}", first, from -> getCommunity.getTopology(actor, ck, from, NODES_PER_PART),
                NODES_PER_PART).subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    @Get("/{ck}/topology/{nodeId}/path")
    public List<Map<String, Object>> path(@PathVariable String ck, @PathVariable String nodeId, Authentication authentication) {
        return topology.tracePath(actorOf(authentication), ck, nodeId).stream().map(RegistryJson::node).toList();
    }

    @Get("/{ck}/topology/{nodeId}/downstream")
    public Map<String, Object> downstream(@PathVariable String ck, @PathVariable String nodeId, Authentication authentication) {
        TraceTopologyUseCase.DownstreamReport report = topology.traceDownstream(actorOf(authentication), ck, nodeId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("node", RegistryJson.node(report.downstream().node()));
        body.put("nodes", report.downstream().nodes().stream().map(RegistryJson::node).toList());
        body.put("delivery_points", report.downstream().deliveryPoints().stream().map(RegistryJson::heldPoint).toList());
        body.put("assets", report.downstream().assets().stream().map(RegistryJson::downstreamAsset).toList());
        body.put("totals", RegistryJson.totals(report.totals()));
        return body;
    }

    @Get("/{ck}/members")
    public Map<String, Object> members(@PathVariable String ck, HttpRequest<?> request, Authentication authentication) {
        RegistryQuery query = new RegistryQuery(request);
        MemberFilter filter = new MemberFilter(query.parsed("role", v -> Member.parse(Member.Role.class, "role", v)),
                query.parsed("status", v -> Member.parse(Member.Status.class, "status", v)), query.text("area"));
        return RegistryJson.page(listMembers.listMembers(actorOf(authentication), ck, filter, query.cursor()), RegistryJson::memberItem);
    }

    @Get("/{ck}/members/by-user-id/{userId}")
    public Map<String, Object> memberByUserId(@PathVariable String ck, @PathVariable String userId, Authentication authentication) {
        return RegistryJson.member(getMember.getMemberByUserId(actorOf(authentication), ck, userId));
    }

    @Get("/{ck}/members/{mk}")
    public Map<String, Object> member(@PathVariable String ck, @PathVariable String mk, Authentication authentication) {
        return RegistryJson.member(getMember.getMember(actorOf(authentication), ck, mk));
    }

    @Get("/{ck}/members/{mk}/delivery-points")
    public Map<String, Object> memberDeliveryPoints(@PathVariable String ck, @PathVariable String mk,
                                                          Authentication authentication) {
        return RegistryJson.deliveryPoints(getMember.getMember(actorOf(authentication), ck, mk).item());
    }

    @Get("/{ck}/delivery-points")
    public Map<String, Object> deliveryPoints(@PathVariable String ck, HttpRequest<?> request, Authentication authentication) {
        RegistryQuery query = new RegistryQuery(request);
        DeliveryPointFilter filter = new DeliveryPointFilter(query.parsed("type", v -> DeliveryPoint.Type.of("type", v)),
                query.bool("active"));
        return RegistryJson.page(deliveryPoints.listDeliveryPoints(actorOf(authentication), ck, filter, query.cursor()),
                RegistryJson::heldPoint);
    }

    @Get("/{ck}/delivery-points/by-id/{dpId}")
    public Map<String, Object> deliveryPoint(@PathVariable String ck, @PathVariable String dpId, Authentication authentication) {
        Registered<HeldDeliveryPoint> point = deliveryPoints.getDeliveryPoint(actorOf(authentication), ck, dpId);
        Registered<Member> holder = getMember.getMember(actorOf(authentication), ck, point.item().memberKey());
        return RegistryJson.pointWithHolder(new Holding<>(holder, Optional.of(point)));
    }

    @Get("/{ck}/assets")
    public Map<String, Object> assets(@PathVariable String ck, HttpRequest<?> request, Authentication authentication) {
        RegistryQuery query = new RegistryQuery(request);
        CommunityAssetFilter filter = new CommunityAssetFilter(query.parsed("asset_type", v -> CommunityAsset.Type.of("asset_type", v)),
                query.text("owner"));
        return RegistryJson.page(assets.listAssets(actorOf(authentication), ck, filter, query.cursor()), RegistryJson::assetItem);
    }

    @Get("/{ck}/assets/by-sensor-id/{sensorId}")
    public Map<String, Object> assetBySensorId(@PathVariable String ck, @PathVariable String sensorId, Authentication authentication) {
        return RegistryJson.asset(assets.getAssetBySensorId(actorOf(authentication), ck, sensorId));
    }

    @Get("/{ck}/assets/{ak}")
    public Map<String, Object> asset(@PathVariable String ck, @PathVariable String ak, Authentication authentication) {
        return RegistryJson.asset(assets.getAsset(actorOf(authentication), ck, ak));
    }

    @Get("/{ck}/meters")
    public Map<String, Object> meters(@PathVariable String ck, HttpRequest<?> request, Authentication authentication) {
        RegistryQuery query = new RegistryQuery(request);
        CommunityAssetFilter filter = new CommunityAssetFilter(Optional.of(CommunityAsset.Type.METER), query.text("owner"));
        return RegistryJson.page(assets.listAssets(actorOf(authentication), ck, filter, query.cursor()), RegistryJson::meter);
    }

}
