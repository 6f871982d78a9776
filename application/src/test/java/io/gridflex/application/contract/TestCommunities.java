package io.gridflex.application.contract;

import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.community.Area;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Holdings;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.community.Settings;
import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Communities for tests, typed, with the data {@link TestBundles} writes as a bundle: one area
 * "north" on the primary substation AC001 with two feeders; members m01 … m&lt;n&gt;, active
 * prosumers, each with a delivery point on a feeder, a PV plant and a meter holding sensor
 * "S-&lt;community&gt;-&lt;member&gt;". Change what a test is about, then take the {@link #register()}
 * or the {@link Builder#command} an adapter would hand the import use case.
 */
public final class TestCommunities {

    private TestCommunities() {
    }

    /** A community with members m01 … m&lt;n&gt;, all active prosumers of area "north". */
    public static Builder community(String key, int members) {
        return new Builder(key, members);
    }

    public static final class Builder {

        private final Community community;
        private final List<TopologyNode> nodes = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
        private final List<CommunityAsset> assets = new ArrayList<>();
        private final List<Refusal> readingRefusals = new ArrayList<>();

        private Builder(String key, int memberCount) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("legal", Map.of("name", "REC " + key, "vat", "IT0123456789"));
            details.put("contact", Map.of("email", "info@example.org"));
            details.put("operators", Map.of("dso", Map.of("name", "Example DSO", "country", "IT")));
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("created", "2026-01-15");
            metadata.put("updated_by", "tests");
            community = new Community(key, "Community " + key, Optional.of("A renewable energy community"),
                    List.of(new Area("north", "Area AC001", "AC001", Coordinates.UNKNOWN)),
                    new Settings(Optional.of(ZoneId.of("Europe/Rome")), Optional.of("EUR"), Optional.of("kWh"), Optional.of("kW")),
                    Attributes.of(details), Attributes.of(metadata));
            nodes.add(node("AC001", TopologyNode.Type.PRIMARY_SUBSTATION, null));
            nodes.add(node("SS1", TopologyNode.Type.SECONDARY_SUBSTATION, "AC001"));
            nodes.add(node("F1", TopologyNode.Type.FEEDER, "SS1"));
            nodes.add(node("F2", TopologyNode.Type.FEEDER, "SS1"));
            for (int i = 1; i <= memberCount; i++) {
                String m = String.format("m%02d", i);
                String pod = "IT001E" + key + m;
                members.add(new Member(m, key + "-" + m, Optional.empty(), "Member " + m, Optional.of("schema:Person"),
                        Member.Role.PROSUMER, "north", Member.Status.ACTIVE, List.of(new DeliveryPoint(pod, DeliveryPoint.Type.POD,
                        Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.of(i % 2 == 1 ? "F1" : "F2")))));
                assets.add(new CommunityAsset("pv-" + m, CommunityAsset.Type.PV, "Rooftop PV", m, Optional.empty(),
                        Attributes.of(Map.of("rated_power", 6.0, "panel_type", "monocrystalline"))));
                assets.add(new CommunityAsset("meter-" + m, CommunityAsset.Type.METER, "Main meter", m,
                        Optional.of("S-" + key + "-" + m), Attributes.of(Map.of("meter_type", "bidirectional", "pod", pod))));
            }
        }

        public Builder memberInArea(String member, String area) {
            return replaceMember(member, m -> new Member(m.key(), m.userId(), m.did(), m.name(), m.type(), m.role(), area, m.status(),
                    m.deliveryPoints()));
        }

        public Builder memberWithStatus(String member, Member.Status status) {
            return replaceMember(member, m -> new Member(m.key(), m.userId(), m.did(), m.name(), m.type(), m.role(), m.area(), status,
                    m.deliveryPoints()));
        }

        public Builder memberWithDid(String member, String did) {
            return replaceMember(member, m -> new Member(m.key(), m.userId(), Optional.of(did), m.name(), m.type(), m.role(), m.area(),
                    m.status(), m.deliveryPoints()));
        }

        public Builder memberWithUserId(String member, String userId) {
            return replaceMember(member, m -> new Member(m.key(), userId, m.did(), m.name(), m.type(), m.role(), m.area(), m.status(),
                    m.deliveryPoints()));
        }

        /** The member's meter measured by this sensor instead of its own. */
        public Builder meterSensor(String member, String sensorId) {
            int i = indexOf(assets, a -> a.key().equals("meter-" + member));
            CommunityAsset meter = assets.get(i);
            assets.set(i, new CommunityAsset(meter.key(), meter.type(), meter.name(), meter.owner(), Optional.of(sensorId),
                    meter.properties()));
            return this;
        }

        /** The member's delivery points, by id as spelled (type pod, on feeder F1), instead of its own. */
        public Builder memberWithDeliveryPoints(String member, String... ids) {
            List<DeliveryPoint> points = java.util.Arrays.stream(ids).map(id -> new DeliveryPoint(id, DeliveryPoint.Type.POD,
                    Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.of("F1"))).toList();
            return replaceMember(member, m -> new Member(m.key(), m.userId(), m.did(), m.name(), m.type(), m.role(), m.area(),
                    m.status(), points));
        }

        /** The member's meter naming this delivery point ({@code pod}) instead of its own. */
        public Builder meterPod(String member, String pod) {
            int i = indexOf(assets, a -> a.key().equals("meter-" + member));
            CommunityAsset meter = assets.get(i);
            Map<String, Object> properties = new LinkedHashMap<>(meter.properties().values());
            properties.put("pod", pod);
            assets.set(i, new CommunityAsset(meter.key(), meter.type(), meter.name(), meter.owner(), meter.sensorId(),
                    Attributes.of(properties)));
            return this;
        }

        public Builder asset(CommunityAsset asset) {
            assets.add(asset);
            return this;
        }

        /**
         * A member the adapter could not read: left out, with its assets, and refused for it — as
         * the bundle reader leaves out a member whose role is no role.
         */
        public Builder unreadableMember(String member, Refusal refusal) {
            members.removeIf(m -> m.key().equals(member));
            assets.removeIf(a -> a.owner().equals(member));
            readingRefusals.add(refusal);
            return this;
        }

        /** The community; refused (RefusedException) with every broken invariant. */
        public CommunityRegister register() {
            return new CommunityRegister(community, GridTopology.of(nodes, Set.of("AC001")), members, assets);
        }

        /**
         * What an adapter asks the import use case: the community when it holds, else every
         * refusal — those met while reading and those of the domain — in the registry's order.
         */
        public ImportCommunityCommand command(boolean dryRun, boolean force) {
            List<Refusal> refusals = new ArrayList<>(readingRefusals);
            refusals.addAll(CommunityRegister.refusals(community, nodes.stream().map(TopologyNode::id).collect(Collectors.toSet()),
                    members, assets));
            if (refusals.isEmpty()) {
                return ImportCommunityCommand.of(register(), dryRun, force);
            }
            refusals.sort(Comparator.comparing(r -> (CommunityReason) r.code()));
            return ImportCommunityCommand.refused(Optional.of(community.key()), refusals, Holdings.of(members, assets), List.of(),
                    dryRun, force);
        }

        private Builder replaceMember(String key, UnaryOperator<Member> change) {
            int i = indexOf(members, m -> m.key().equals(key));
            members.set(i, change.apply(members.get(i)));
            return this;
        }

        private static <T> int indexOf(List<T> items, java.util.function.Predicate<T> which) {
            for (int i = 0; i < items.size(); i++) {
                if (which.test(items.get(i))) {
                    return i;
                }
            }
            throw new IllegalArgumentException("No such item in the test community.");
        }
    }

    public static TopologyNode node(String id, TopologyNode.Type type, String parent) {
        return new TopologyNode(id, type, Optional.of("Node " + id), Optional.empty(), Optional.ofNullable(parent));
    }

    /**
     * A community as comparable values: its description, nodes, members and assets (the grid
     * itself compares by identity).
     */
    public static List<Object> contents(CommunityRegister register) {
        return List.of(register.community(), register.topology().nodes(), register.members(), register.assets());
    }
}
