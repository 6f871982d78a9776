package io.gridflex.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.application.community.port.in.GetOwnMembershipUseCase;
import io.gridflex.application.community.port.in.Holding;
import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.application.community.port.in.ImportReport;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.NotFoundException.Subject;
import io.gridflex.domain.failure.RefusedException;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.application.community.port.in.TraceTopologyUseCase.DownstreamReport;
import io.gridflex.application.community.query.CommunityAssetFilter;
import io.gridflex.application.community.query.DeliveryPointFilter;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.query.MemberFilter;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.community.service.CommunityImportService;
import io.gridflex.application.community.service.RegistryService;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.community.AssetTotals;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.topology.TopologyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's store ports, judged through the services that use them: imports replace whole
 * communities or leave them as they were, pages follow their cursors, lookups answer active
 * members only, the grid is walked from any node. One suite for every adapter.
 */
public abstract class CommunityPortsContract {

    protected abstract StoreFixture fixture();

    private CommunityImportService imports;
    private RegistryService registry;
    private Actor admin;

    @BeforeEach
    void services() {
        StoreFixture f = fixture();
        imports = new CommunityImportService(f.loadCommunities(), f.replaceCommunity(), f.findHolders(), f.loadSensors(),
                f.transactions(), false);
        registry = new RegistryService(f.loadCommunities(), f.loadUsers());
        admin = new Actor(io.gridflex.domain.account.UserId.of(1), AccountId.of(1), Set.of(Role.ADMIN));
    }

    private ImportReport importCommunity(TestCommunities.Builder community, boolean force) {
        return imports.importCommunity(admin, community.command(false, force));
    }

    private CommunityRegister export(String community) {
        assertThat(imports.communitiesToExport(admin, List.of(community))).containsExactly(community);
        return imports.exportCommunity(admin, community).orElseThrow();
    }

    @Test
    void imports_a_community_and_reads_it_back() {
        ImportReport report = importCommunity(TestCommunities.community("rec_a", 3), false);
        // rec-registry's three counts, no more
        assertThat(report.inserted()).containsExactly(Map.entry("community", 1), Map.entry("member", 3), Map.entry("asset", 6));
        assertThat(report.deleted()).containsExactly(Map.entry("community", 0), Map.entry("member", 0), Map.entry("asset", 0));
        assertThat(report.warnings()).as("meters naming no gridflex sensor are warned of only when asked").isEmpty();

        var community = registry.getCommunity(admin, "rec_a");
        assertThat(community.item().name()).isEqualTo("Community rec_a");
        assertThat(community.item().settings().currency()).contains("EUR");
        assertThat(community.item().details().values()).containsKeys("legal", "contact", "operators");
        assertThat(registry.getTopology(admin, "rec_a")).extracting(TopologyNode::id).containsExactly("AC001", "SS1", "F1", "F2");
        assertThat(registry.getTopology(admin, "rec_a", 1, 2)).extracting(TopologyNode::id).containsExactly("SS1", "F1");
        assertThat(registry.getTopology(admin, "rec_a", 3, 10)).extracting(TopologyNode::id).containsExactly("F2");
        assertThat(registry.getTopology(admin, "rec_a", 4, 10)).isEmpty();
        Registered<Member> m2 = registry.getMember(admin, "rec_a", "m02");
        assertThat(m2.item().deliveryPoints()).singleElement().satisfies(p -> assertThat(p.topologyNode()).contains("F2"));
        assertThat(registry.getMemberByUserId(admin, "rec_a", "rec_a-m03").item().key()).isEqualTo("m03");
        Holding<CommunityAsset> pv = registry.getAsset(admin, "rec_a", "pv-m01");
        assertThat(pv.held().orElseThrow().item().amount("rated_power")).contains(6.0);
        assertThat(pv.member().item().userId()).isEqualTo("rec_a-m01");
        assertThat(registry.getAssetBySensorId(admin, "rec_a", " S-rec_a-m02 ").held().orElseThrow().item().key()).isEqualTo("meter-m02");
        Registered<HeldDeliveryPoint> point = registry.getDeliveryPoint(admin, "rec_a", "IT001Erec_am01");
        assertThat(point.item().memberKey()).isEqualTo("m01");
        assertThat(point.item().memberName()).isEqualTo(registry.getMember(admin, "rec_a", "m01").item().name());
        assertThatThrownBy(() -> registry.getMember(admin, "rec_a", "m09")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.MEMBER));
        assertThatThrownBy(() -> registry.getCommunity(admin, "nope")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.COMMUNITY));
    }

    @Test
    void asked_to_it_warns_of_meters_naming_no_gridflex_sensor() {
        StoreFixture f = fixture();
        imports = new CommunityImportService(f.loadCommunities(), f.replaceCommunity(), f.findHolders(), f.loadSensors(),
                f.transactions(), true);
        assertThat(imports.importCommunity(admin, TestCommunities.community("rec_a", 3).command(true, false)).warnings())
                .singleElement().asString().startsWith("3 meter(s) name no gridflex sensor").contains("'meter-m01' (sensor 'S-rec_a-m01')");

        AccountId account = f.saveAccount().createAccount(TestAccounts.account("Meters")).id();
        var type = f.loadAssetTypes().listAssetTypes().get(0);
        var site = f.saveAsset().createAsset(TestAssets.asset("Site", type, Optional.of(account), Optional.empty()));
        var sensor = f.saveSensor().createSensor(TestAssets.sensor(site.id(), "power", "kW"));
        var community = TestCommunities.community("rec_m", 1).meterSensor("m01", Long.toString(sensor.id().value()));
        assertThat(imports.importCommunity(admin, community.command(true, false)).warnings()).isEmpty();
        assertThat(importCommunity(community, false).warnings()).isEmpty();
        assertThat(registry.assetBySensorId(admin, Long.toString(sensor.id().value())).member().item().key()).isEqualTo("m01");
    }

    @Test
    void pages_follow_their_cursor_and_filters_apply() {
        importCommunity(TestCommunities.community("rec_a", 5), false);
        KeyPage<Registered<Member>> first = registry.listMembers(admin, "rec_a", MemberFilter.ALL, KeyCursor.first(2));
        assertThat(first.items()).extracting(m -> m.item().key()).containsExactly("m01", "m02");
        assertThat(first.nextCursor()).contains("m02");
        KeyPage<Registered<Member>> second = registry.listMembers(admin, "rec_a", MemberFilter.ALL, new KeyCursor(first.nextCursor(), 2));
        assertThat(second.items()).extracting(m -> m.item().key()).containsExactly("m03", "m04");
        KeyPage<Registered<Member>> last = registry.listMembers(admin, "rec_a", MemberFilter.ALL, new KeyCursor(second.nextCursor(), 2));
        assertThat(last.items()).extracting(m -> m.item().key()).containsExactly("m05");
        assertThat(last.nextCursor()).isEmpty();

        assertThat(registry.listMembers(admin, "rec_a", new MemberFilter(Optional.of(Member.Role.CONSUMER), Optional.empty(),
                Optional.empty()), KeyCursor.first(50)).items()).isEmpty();
        assertThat(registry.listMembers(admin, "rec_a", new MemberFilter(Optional.empty(), Optional.of(Member.Status.ACTIVE),
                Optional.of("north")), KeyCursor.first(50)).items()).hasSize(5);
        KeyPage<Holding<CommunityAsset>> meters = registry.listAssets(admin, "rec_a", new CommunityAssetFilter(
                Optional.of(CommunityAsset.Type.METER), Optional.of("m03")), KeyCursor.first(50));
        assertThat(meters.items()).extracting(a -> a.held().orElseThrow().item().key()).containsExactly("meter-m03");
        assertThat(meters.items()).extracting(a -> a.member().item().userId()).containsExactly("rec_a-m03");
        KeyPage<Holding<CommunityAsset>> assets = registry.listAssets(admin, "rec_a", CommunityAssetFilter.ALL, KeyCursor.first(4));
        assertThat(assets.items()).extracting(a -> a.held().orElseThrow().item().key())
                .containsExactly("meter-m01", "meter-m02", "meter-m03", "meter-m04");
        KeyPage<Registered<HeldDeliveryPoint>> points = registry.listDeliveryPoints(admin, "rec_a", new DeliveryPointFilter(
                Optional.empty(), Optional.of(true)), KeyCursor.first(3));
        assertThat(points.items()).extracting(p -> p.item().point().id()).containsExactly("IT001Erec_am01", "IT001Erec_am02",
                "IT001Erec_am03");
        assertThat(registry.listDeliveryPoints(admin, "rec_a", DeliveryPointFilter.ALL, new KeyCursor(points.nextCursor(), 3))
                .items()).hasSize(2);
        assertThat(registry.listCommunities(admin, Optional.empty(), KeyCursor.first(50)).items()).hasSize(1);
        assertThat(registry.listCommunities(admin, Optional.of("other"), KeyCursor.first(50)).items()).isEmpty();
    }

    @Test
    void replacing_needs_force_and_refusals_leave_the_stored_community_as_it_was() {
        importCommunity(TestCommunities.community("rec_a", 3), false);
        List<Object> before = TestCommunities.contents(export("rec_a"));

        assertThatThrownBy(() -> importCommunity(TestCommunities.community("rec_a", 1), false))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.first().code()).isEqualTo(CommunityReason.COMMUNITY_TAKEN);
                    assertThat(e.getMessage()).contains("3 member(s)", "6 asset(s)");
                });
        // refused by the domain's own invariants
        refused(TestCommunities.community("rec_a", 2).memberInArea("m01", "south"), CommunityReason.UNKNOWN_AREA);
        refused(TestCommunities.community("rec_a", 2).meterSensor("m02", "S-rec_a-m01"), CommunityReason.SENSOR_HELD);
        // refused while the adapter read its document (a role that is no role, a status that is none,
        // an asset key too long, a cycle: see the REST adapter's BundleTest); the use case refuses with them
        refused(TestCommunities.community("rec_a", 2).unreadableMember("m02", new Refusal(CommunityReason.INVALID_ROLE,
                "member 'm02': role 'owner' is none of [consumer, prosumer, producer, operator, admin].")), CommunityReason.INVALID_ROLE);
        refused(TestCommunities.community("rec_a", 2).unreadableMember("m02", new Refusal(CommunityReason.INVALID_STATUS,
                "member 'm02': status 'gone' is none of [pending, active, suspended, inactive].")), CommunityReason.INVALID_STATUS);

        assertThat(TestCommunities.contents(export("rec_a"))).isEqualTo(before);

        ImportReport forced = importCommunity(TestCommunities.community("rec_a", 1), true);
        assertThat(forced.deleted()).containsEntry("community", 1).containsEntry("member", 3).containsEntry("asset", 6);
        assertThat(forced.inserted()).containsEntry("member", 1);
        assertThat(registry.listMembers(admin, "rec_a", MemberFilter.ALL, KeyCursor.first(50)).items()).hasSize(1);
    }

    @Test
    void a_dry_run_reports_every_refusal_and_writes_nothing() {
        importCommunity(TestCommunities.community("rec_a", 2), false);
        var community = TestCommunities.community("rec_a", 3).memberInArea("m01", "south")
                .unreadableMember("m02", new Refusal(CommunityReason.INVALID_ROLE, "member 'm02': role 'owner' is none of […]."))
                .meterSensor("m03", "S-rec_a-m01");
        ImportReport report = imports.importCommunity(admin, community.command(true, false));
        assertThat(report.dryRun()).isTrue();
        assertThat(report.communityKey()).isEqualTo("rec_a");
        assertThat(report.refusals()).extracting(Refusal::code).containsExactly(CommunityReason.INVALID_ROLE, CommunityReason.UNKNOWN_AREA,
                CommunityReason.SENSOR_HELD);
        assertThat(report.deleted()).containsEntry("member", 2);
        assertThat(registry.listMembers(admin, "rec_a", MemberFilter.ALL, KeyCursor.first(50)).items()).hasSize(2);

        // what only the registry finds is reported too: a sensor held in another community
        ImportReport held = imports.importCommunity(admin, TestCommunities.community("rec_b", 1).meterSensor("m01", "S-rec_a-m02")
                .command(true, false));
        assertThat(held.refusals()).extracting(Refusal::code).containsExactly(CommunityReason.SENSOR_HELD);
        assertThat(held.inserted()).containsEntry("member", 1);
        assertThat(registry.listCommunities(admin, Optional.of("rec_b"), KeyCursor.first(50)).items()).isEmpty();
    }

    @Test
    void a_sensor_held_in_another_community_is_refused_until_released() {
        importCommunity(TestCommunities.community("rec_a", 2), false);
        var other = TestCommunities.community("rec_b", 1).meterSensor("m01", "S-rec_a-m02");
        assertThatThrownBy(() -> importCommunity(other, false)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.first().code()).isEqualTo(CommunityReason.SENSOR_HELD);
            assertThat(e.first().detail()).contains("meter-m01").doesNotContain("member 'm02'");
        });
        assertThat(registry.listCommunities(admin, Optional.of("rec_b"), KeyCursor.first(50)).items()).isEmpty();
        // a forced import without members retires rec_a and releases its sensors
        importCommunity(TestCommunities.community("rec_a", 0), true);
        importCommunity(other, false);
        assertThat(registry.assetBySensorId(admin, "S-rec_a-m02").member().community().key()).isEqualTo("rec_b");
    }

    @Test
    void a_sensor_compares_trimmed_and_case_sensitive_and_only_active_holders_block() {
        importCommunity(TestCommunities.community("rec_a", 2).memberWithStatus("m02", Member.Status.SUSPENDED), false);
        refused(TestCommunities.community("rec_b", 1).meterSensor("m01", "\u00a0S-rec_a-m01\t"), CommunityReason.SENSOR_HELD);
        importCommunity(TestCommunities.community("rec_b", 1).meterSensor("m01", "s-rec_a-m01"), false);
        // m02 of rec_a is suspended: its sensor is free
        importCommunity(TestCommunities.community("rec_c", 1).meterSensor("m01", "S-rec_a-m02"), false);
        assertThat(registry.assetBySensorId(admin, "S-rec_a-m02").member().community().key()).isEqualTo("rec_c");
        // stored trimmed
        importCommunity(TestCommunities.community("rec_d", 1).meterSensor("m01", "\u2003S-d\u00a0"), false);
        assertThat(registry.getAsset(admin, "rec_d", "meter-m01").held().orElseThrow().item().sensorId()).contains("S-d");
    }

    @Test
    void a_delivery_point_held_in_another_community_is_refused_in_any_spelling_unnamed() {
        importCommunity(TestCommunities.community("rec_a", 2), false);
        assertThatThrownBy(() -> importCommunity(TestCommunities.community("rec_b", 1)
                .memberWithDeliveryPoints("m01", "\u00a0it001erec_am02 "), false)).isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.refusals()).extracting(Refusal::code).containsExactly(CommunityReason.DELIVERY_POINT_HELD);
                    assertThat(e.first().detail()).contains("member 'm01'").doesNotContainIgnoringCase("it001erec_am02")
                            .doesNotContain("rec_a", "m02");
                    assertThat(e.getMessage()).startsWith("Import of 'rec_b' refused: ");
                });
        // a meter naming another community's point (its pod) is refused too
        refused(TestCommunities.community("rec_b", 1).meterPod("m01", "IT001EREC_AM01"), CommunityReason.DELIVERY_POINT_HELD);
        // the replaced community's own rows do not count
        importCommunity(TestCommunities.community("rec_a", 2).memberWithDeliveryPoints("m01", " it001erec_am01"), true);
    }

    @Test
    void a_meters_pod_is_held_and_only_active_members_hold() {
        // rec_a's m01 holds POD-X through its meter alone; m02 is inactive and holds nothing
        importCommunity(TestCommunities.community("rec_a", 2).memberWithDeliveryPoints("m01").meterPod("m01", "POD-X")
                .memberWithStatus("m02", Member.Status.INACTIVE), false);
        refused(TestCommunities.community("rec_b", 1).memberWithDeliveryPoints("m01", " pod-x"), CommunityReason.DELIVERY_POINT_HELD);
        importCommunity(TestCommunities.community("rec_b", 1).memberWithDeliveryPoints("m01", "IT001Erec_am02"), false);
        // a released member beside the point's new occupant, in one bundle: stored as it is
        importCommunity(TestCommunities.community("rec_c", 3).memberWithDeliveryPoints("m01", "SHARED")
                .memberWithDeliveryPoints("m02", "SHARED").memberWithStatus("m02", Member.Status.INACTIVE)
                .memberWithDeliveryPoints("m03", "SHARED").memberWithStatus("m03", Member.Status.PENDING), false);
        assertThat(registry.listDeliveryPoints(admin, "rec_c", DeliveryPointFilter.ALL, KeyCursor.first(50)).items())
                .extracting(p -> p.item().memberKey()).containsExactlyInAnyOrder("m01", "m02", "m03");
        refused(TestCommunities.community("rec_d", 1).memberWithDeliveryPoints("m01", "shared"), CommunityReason.DELIVERY_POINT_HELD);
    }

    @Test
    void exports_what_was_imported_and_reimports_to_the_same_community() {
        var community = TestCommunities.community("rec_a", 3).asset(new CommunityAsset("bat-1", CommunityAsset.Type.STORAGE,
                "Battery", "m01", Optional.empty(), Attributes.of(Map.of("capacity", 10.0, "max_charge_power", 5.0,
                "device", Map.of("model", "X1")))));
        importCommunity(community, false);
        CommunityRegister exported = export("rec_a");
        CommunityRegister imported = community.register();
        assertThat(exported.community()).isEqualTo(imported.community());
        assertThat(exported.topology().nodes()).isEqualTo(imported.topology().nodes());
        assertThat(exported.members()).containsExactlyInAnyOrderElementsOf(imported.members());
        assertThat(exported.assets()).containsExactlyInAnyOrderElementsOf(imported.assets());
        imports.importCommunity(admin, ImportCommunityCommand.of(exported, false, true));
        assertThat(TestCommunities.contents(export("rec_a"))).isEqualTo(TestCommunities.contents(exported));
        assertThat(registry.getAsset(admin, "rec_a", "bat-1").held().orElseThrow().item().properties().values()).containsEntry("device", Map.of("model", "X1"));
    }

    @Test
    void lookups_answer_active_members_only() {
        importCommunity(TestCommunities.community("rec_a", 3).memberWithStatus("m03", Member.Status.INACTIVE)
                .memberWithDid("m01", "did:web:example:m01"), false);
        Holding<Void> member = registry.memberByUserId(admin, "rec_a-m01");
        assertThat(member.member().community().name()).isEqualTo("Community rec_a");
        assertThatThrownBy(() -> registry.memberByUserId(admin, "rec_a-m03")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.MEMBER));
        Holding<CommunityAsset> asset = registry.assetBySensorId(admin, "S-rec_a-m02");
        assertThat(asset.held().orElseThrow().item().key()).isEqualTo("meter-m02");
        assertThat(asset.member().item().key()).isEqualTo("m02");
        assertThat(registry.deliveryPointById(admin, "IT001Erec_am02").member().item().key()).isEqualTo("m02");
        assertThatThrownBy(() -> registry.deliveryPointById(admin, "IT001Erec_am03")).isInstanceOf(NotFoundException.class);

        List<String> ids = new ArrayList<>(List.of("S-rec_a-m01", "S-rec_a-m03", "unknown"));
        assertThat(registry.assetsBySensorIds(admin, ids)).extracting(h -> h.held().orElseThrow().item().key())
                .containsExactly("meter-m01");
        assertThat(registry.assetsByUserIds(admin, List.of("rec_a-m02", "nobody"))).extracting(h -> h.held().orElseThrow().item().key())
                .containsExactlyInAnyOrder("pv-m02", "meter-m02");
        assertThat(registry.membersByDids(admin, List.of("did:web:example:m01", "did:x"))).extracting(h -> h.member().item().key())
                .containsExactly("m01");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add("s" + i);
        }
        assertThatThrownBy(() -> registry.assetsBySensorIds(admin, tooMany)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("sensor_ids"));
        assertThat(registry.assetsBySensorIds(admin, tooMany.subList(0, 500))).isEmpty();

        // active in two communities: ambiguous
        importCommunity(TestCommunities.community("rec_b", 1).memberWithUserId("m01", "rec_a-m01"), false);
        assertThatThrownBy(() -> registry.memberByUserId(admin, "rec_a-m01")).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.first().code()).isEqualTo(CommunityReason.AMBIGUOUS_MEMBER));
        assertThatThrownBy(() -> registry.assetsByUserIds(admin, List.of("rec_a-m01"))).isInstanceOfSatisfying(
                RefusedException.class,
                e -> assertThat(e.first().code()).isEqualTo(CommunityReason.AMBIGUOUS_MEMBER));
    }

    @Test
    void the_caller_sees_its_own_membership_only() {
        StoreFixture f = fixture();
        AccountId account = f.saveAccount().createAccount(TestAccounts.account("Community members")).id();
        User alice = f.saveUser().createUser(TestAccounts.user(account, "rec_a-m01@example.org"));
        User bob = f.saveUser().createUser(TestAccounts.user(account, "bob@example.org"));
        importCommunity(TestCommunities.community("rec_a", 2), false);
        GetOwnMembershipUseCase.Membership own = registry.getOwnMembership(Actor.of(alice));
        assertThat(own.member().item().key()).isEqualTo("m01");
        assertThat(own.community().item().key()).isEqualTo("rec_a");
        assertThat(registry.listOwnAssets(Actor.of(alice), Optional.empty())).extracting(a -> a.item().key())
                .containsExactly("meter-m01", "pv-m01");
        assertThat(registry.listOwnAssets(Actor.of(alice), Optional.of(CommunityAsset.Type.PV))).hasSize(1);
        assertThatThrownBy(() -> registry.getOwnAsset(Actor.of(alice), "pv-m02")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.COMMUNITY_ASSET));
        assertThatThrownBy(() -> registry.getOwnMembership(Actor.of(bob))).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.first().code()).isEqualTo(CommunityReason.NOT_A_MEMBER));
        assertThatThrownBy(() -> registry.listMembers(Actor.of(alice), "rec_a", MemberFilter.ALL, KeyCursor.first(5)))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e).hasMessageContaining("admin"));
    }

    @Test
    void walks_the_grid_up_and_down() {
        importCommunity(TestCommunities.community("rec_a", 3), false);
        assertThat(registry.tracePath(admin, "rec_a", "F2")).extracting(TopologyNode::id).containsExactly("F2", "SS1", "AC001");
        DownstreamReport ss1 = registry.traceDownstream(admin, "rec_a", "SS1");
        assertThat(ss1.downstream().nodes()).extracting(TopologyNode::id).containsExactlyInAnyOrder("F1", "F2");
        assertThat(ss1.downstream().deliveryPoints()).hasSize(3);
        DownstreamReport f1 = registry.traceDownstream(admin, "rec_a", "F1");
        assertThat(f1.downstream().nodes()).isEmpty();
        assertThat(f1.downstream().deliveryPoints()).extracting(p -> p.item().memberKey()).containsExactlyInAnyOrder("m01", "m03");
        assertThat(f1.downstream().assets()).extracting(a -> a.item().key()).containsExactlyInAnyOrder("pv-m01", "meter-m01",
                "pv-m03", "meter-m03");
        assertThat(f1.totals()).filteredOn(t -> t.type() == CommunityAsset.Type.PV).singleElement()
                .satisfies(t -> assertThat(t.sums()).containsEntry("rated_power", 12.0));
        assertThat(f1.totals()).extracting(AssetTotals::count).containsExactly(2, 2);
        assertThatThrownBy(() -> registry.traceDownstream(admin, "rec_a", "F9")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.TOPOLOGY_NODE));
    }

    private void refused(TestCommunities.Builder community, CommunityReason code) {
        assertThatThrownBy(() -> importCommunity(community, true)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.first().code()).isEqualTo(code));
        assertThat(imports.importCommunity(admin, community.command(true, true)).refusals()).extracting(Refusal::code).contains(code);
    }
}
