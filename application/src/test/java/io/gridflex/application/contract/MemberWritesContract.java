package io.gridflex.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.application.community.port.in.ChangeMemberCommand;
import io.gridflex.application.community.port.in.MemberRemoval;
import io.gridflex.application.community.port.in.PutAssetCommand;
import io.gridflex.application.community.port.in.PutDeliveryPointCommand;
import io.gridflex.application.community.port.in.RemoveAssetCommand;
import io.gridflex.application.community.port.in.RegisterMemberCommand;
import io.gridflex.application.community.port.in.RemoveDeliveryPointCommand;
import io.gridflex.application.community.port.in.RemoveMemberCommand;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.community.service.CommunityImportService;
import io.gridflex.application.community.service.MemberWritesService;
import io.gridflex.application.community.service.RegistryService;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.RefusedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's single writes to a member, judged through {@link MemberWritesService} on one
 * adapter's ports: each invariant refuses the write whole (nothing stored changes), and a write
 * stores only the member it changes — the community's other rows keep their ids. One suite for
 * every adapter of {@code WriteMembersPort}.
 */
public abstract class MemberWritesContract {

    protected abstract StoreFixture fixture();

    private MemberWritesService writes;
    private RegistryService registry;
    private Actor admin;

    @BeforeEach
    void services() {
        StoreFixture f = fixture();
        CommunityImportService imports = new CommunityImportService(f.loadCommunities(), f.replaceCommunity(), f.findHolders(),
                f.loadSensors(), f.transactions(), false);
        writes = new MemberWritesService(f.loadCommunities(), f.writeMembers(), f.findHolders(), f.transactions());
        registry = new RegistryService(f.loadCommunities(), f.loadUsers());
        admin = new Actor(io.gridflex.domain.account.UserId.of(1), AccountId.of(1), Set.of(Role.ADMIN));
        imports.importCommunity(admin, TestCommunities.community("rec_a", 2).command(false, false));
        imports.importCommunity(admin, TestCommunities.community("rec_b", 1).command(false, false));
    }

    private static Member member(String key, String userId, Member.Status status, String... points) {
        return new Member(key, userId, Optional.empty(), "Member " + key, Optional.empty(), Member.Role.CONSUMER, "north", status,
                java.util.Arrays.stream(points).map(MemberWritesContract::point).toList());
    }

    private static DeliveryPoint point(String id) {
        return new DeliveryPoint(id, DeliveryPoint.Type.POD, Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty());
    }

    private static CommunityAsset meter(String key, String owner, String sensor) {
        return new CommunityAsset(key, CommunityAsset.Type.METER, "Meter", owner, Optional.of(sensor),
                Attributes.of(Map.of("meter_type", "bidirectional")));
    }

    private Registered<Member> register(String community, Member member, CommunityAsset... assets) {
        return writes.registerMember(admin, new RegisterMemberCommand(community, member, true, List.of(assets)));
    }

    /** What is stored of a community, with every row's id: what a refused write must leave as it was. */
    private List<Object> stored(String community) {
        List<Object> rows = new java.util.ArrayList<>();
        registry.listMembers(admin, community, io.gridflex.application.community.query.MemberFilter.ALL,
                io.gridflex.application.page.KeyCursor.first(500)).items().forEach(rows::add);
        registry.listAssets(admin, community, io.gridflex.application.community.query.CommunityAssetFilter.ALL,
                io.gridflex.application.page.KeyCursor.first(500)).items().forEach(rows::add);
        return rows;
    }

    @Test
    void a_new_member_is_stored_with_its_assets_and_the_others_keep_their_ids() {
        List<Object> before = stored("rec_a");
        Registered<Member> added = register("rec_a", member("ex-1", "kc-1", Member.Status.ACTIVE, "IT9"), meter("meter-ex-1", "ex-1", "S-9"));
        assertThat(added.item().deliveryPoints()).extracting(DeliveryPoint::id).containsExactly("IT9");
        assertThat(registry.getAsset(admin, "rec_a", "meter-ex-1").member().item().key()).isEqualTo("ex-1");
        assertThat(stored("rec_a")).containsAll(before).hasSize(before.size() + 2);
        Registered<Member> generated = writes.registerMember(admin, new RegisterMemberCommand("rec_a",
                member("placeholder", "kc-2", Member.Status.PENDING), false, List.of()));
        assertThat(generated.item().key()).isEqualTo("member-00004");
    }

    @Test
    void a_key_or_user_id_taken_in_the_community_is_refused() {
        List<Object> before = stored("rec_a");
        assertThatThrownBy(() -> register("rec_a", member("m01", "kc-1", Member.Status.ACTIVE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.MEMBER_KEY_TAKEN));
        assertThatThrownBy(() -> register("rec_a", member("ex-1", "rec_a-m02", Member.Status.INACTIVE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.USER_ID_TAKEN));
        assertThat(register("rec_b", member("ex-1", "rec_a-m02", Member.Status.PENDING)).item().userId())
                .as("a user id is unique per community").isEqualTo("rec_a-m02");
        assertThat(stored("rec_a")).isEqualTo(before);
    }

    @Test
    void an_area_the_community_lacks_is_refused() {
        Member east = member("ex-1", "kc-1", Member.Status.ACTIVE).withArea("east");
        assertThatThrownBy(() -> register("rec_a", east)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.first().code()).isEqualTo(CommunityReason.UNKNOWN_AREA));
        assertThatThrownBy(() -> writes.changeMember(admin, ChangeMemberCommand.of("rec_a", "m01").withName("X").withArea(" north")))
                .isInstanceOf(RefusedException.class);
        assertThat(registry.getMember(admin, "rec_a", "m01").item().name()).isEqualTo("Member m01");
    }

    @Test
    void an_active_member_may_hold_only_what_no_other_active_member_holds() {
        List<Object> before = stored("rec_a");
        assertThatThrownBy(() -> register("rec_a", member("ex-1", "kc-1", Member.Status.ACTIVE, " it001erec_am01 ")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).contains(CommunityReason.DELIVERY_POINT_HELD);
                    assertThat(e.getMessage()).contains("'m01'");
                });
        assertThatThrownBy(() -> register("rec_b", member("ex-1", "kc-1", Member.Status.ACTIVE, "IT001Erec_am01")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("This delivery point is already held by another active member"));
        assertThatThrownBy(() -> register("rec_b", member("ex-1", "kc-1", Member.Status.ACTIVE), meter("m-1", "ex-1", " S-rec_a-m01")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.SENSOR_HELD));
        assertThat(stored("rec_a")).isEqualTo(before);
        // a pending member holds nothing, so is not checked; its activation is, and is refused whole
        register("rec_a", member("ex-2", "kc-2", Member.Status.PENDING, "IT001Erec_am01"));
        assertThatThrownBy(() -> writes.changeMember(admin, ChangeMemberCommand.of("rec_a", "ex-2").withStatus(Member.Status.ACTIVE)
                .withName("Changed"))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).contains(CommunityReason.DELIVERY_POINT_HELD));
        assertThat(registry.getMember(admin, "rec_a", "ex-2").item()).satisfies(m -> {
            assertThat(m.status()).isEqualTo(Member.Status.PENDING);
            assertThat(m.name()).isEqualTo("Member ex-2");
        });
        // releasing the holder frees the point
        MemberRemoval released = writes.removeMember(admin, new RemoveMemberCommand("rec_a", "m01", false));
        assertThat(released.status()).contains(Member.Status.INACTIVE);
        assertThat(writes.changeMember(admin, ChangeMemberCommand.of("rec_a", "ex-2").withStatus(Member.Status.ACTIVE)).item().status())
                .isEqualTo(Member.Status.ACTIVE);
        assertThat(registry.getMember(admin, "rec_a", "m01").item().status()).isEqualTo(Member.Status.INACTIVE);
    }

    @Test
    void a_did_belongs_to_one_active_member() {
        writes.changeMember(admin, ChangeMemberCommand.of("rec_a", "m01").withDid("did:web:a"));
        assertThatThrownBy(() -> writes.changeMember(admin, ChangeMemberCommand.of("rec_b", "m01").withDid("did:web:a")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).contains(CommunityReason.DID_TAKEN);
                    assertThat(e.getMessage()).isEqualTo("did 'did:web:a' already belongs to another member");
                });
        writes.removeMember(admin, new RemoveMemberCommand("rec_a", "m01", false));
        assertThat(writes.changeMember(admin, ChangeMemberCommand.of("rec_b", "m01").withDid("did:web:a")).item().did()).contains("did:web:a");
        assertThatThrownBy(() -> writes.changeMember(admin, ChangeMemberCommand.of("rec_a", "m01").withStatus(Member.Status.ACTIVE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.DID_TAKEN));
    }

    @Test
    void delivery_points_merge_correct_and_stay_while_a_meter_names_them() {
        Member put = writes.putDeliveryPoint(admin, new PutDeliveryPointCommand("rec_a", "m01", point("IT2"), Optional.empty()));
        assertThat(put.deliveryPoints()).extracting(DeliveryPoint::id).containsExactly("IT001Erec_am01", "IT2");
        assertThatThrownBy(() -> writes.removeDeliveryPoint(admin, new RemoveDeliveryPointCommand("rec_a", "m01", "IT001Erec_am01")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.DELIVERY_POINT_LINKED));
        assertThatThrownBy(() -> writes.putDeliveryPoint(admin, new PutDeliveryPointCommand("rec_a", "m01", point("IT3"),
                Optional.of("IT404")))).isInstanceOf(NotFoundException.class);
        Member corrected = writes.putDeliveryPoint(admin, new PutDeliveryPointCommand("rec_a", "m01", point("IT3"),
                Optional.of(" it001erec_am01")));
        assertThat(corrected.deliveryPoints()).extracting(DeliveryPoint::id).containsExactly("IT2", "IT3");
        assertThat(registry.getAsset(admin, "rec_a", "meter-m01").held().orElseThrow().item().pod()).contains("IT3");
        assertThatThrownBy(() -> writes.putDeliveryPoint(admin, new PutDeliveryPointCommand("rec_a", "m02", point("it3"), Optional.empty())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.DELIVERY_POINT_HELD));
        assertThat(writes.removeDeliveryPoint(admin, new RemoveDeliveryPointCommand("rec_a", "m01", "IT2")).deliveryPoints())
                .extracting(DeliveryPoint::id).containsExactly("IT3");
        assertThatThrownBy(() -> writes.removeDeliveryPoint(admin, new RemoveDeliveryPointCommand("rec_a", "m01", "it3")))
                .as("removal matches exactly").isInstanceOf(NotFoundException.class);
        assertThat(registry.getMember(admin, "rec_a", "m02").item().deliveryPoints()).extracting(DeliveryPoint::id)
                .containsExactly("IT001Erec_am02");
    }

    @Test
    void a_purge_removes_the_member_with_its_assets_and_frees_its_sensors() {
        long m02 = registry.getMember(admin, "rec_a", "m02").id();
        MemberRemoval purged = writes.removeMember(admin, new RemoveMemberCommand("rec_a", "m01", true));
        assertThat(purged.purged()).isTrue();
        assertThat(purged.assetsRemoved()).isEqualTo(2);
        assertThatThrownBy(() -> registry.getMember(admin, "rec_a", "m01")).isInstanceOf(NotFoundException.class);
        assertThat(registry.getMember(admin, "rec_a", "m02").id()).isEqualTo(m02);
        assertThat(register("rec_b", member("ex-1", "kc-1", Member.Status.ACTIVE, "IT001Erec_am01"), meter("m-1", "ex-1", "S-rec_a-m01"))
                .item().key()).isEqualTo("ex-1");
    }

    @Test
    void unknown_communities_and_members_are_not_found_and_writes_need_an_admin() {
        assertThatThrownBy(() -> register("nowhere", member("ex-1", "kc-1", Member.Status.ACTIVE)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(NotFoundException.Subject.COMMUNITY));
        assertThatThrownBy(() -> writes.changeMember(admin, ChangeMemberCommand.of("rec_a", "nobody").withName("x")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(NotFoundException.Subject.MEMBER));
        Actor reader = new Actor(io.gridflex.domain.account.UserId.of(2), AccountId.of(1), Set.of(Role.ADMIN_READER));
        assertThatThrownBy(() -> writes.removeMember(reader, new RemoveMemberCommand("rec_a", "m01", true)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_asset_is_put_to_its_owner_keeping_its_id_and_refused_where_another_member_holds_it() {
        long id = writes.putAsset(admin, new PutAssetCommand("rec_a", meter("meter-m01", "m01", "S-new"))).held().orElseThrow().id();
        assertThat(registry.getAsset(admin, "rec_a", "meter-m01").held().orElseThrow()).satisfies(a -> {
            assertThat(a.id()).as("a replacement keeps the row").isEqualTo(id);
            assertThat(a.item().sensorId()).contains("S-new");
        });
        List<Object> before = stored("rec_a");
        assertThatThrownBy(() -> writes.putAsset(admin, new PutAssetCommand("rec_a", meter("m-2", "m02", " S-new"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.SENSOR_HELD));
        assertThatThrownBy(() -> writes.putAsset(admin, new PutAssetCommand("rec_b", meter("m-2", "m01", "S-new"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("This sensor is already held by another active member"));
        assertThatThrownBy(() -> writes.putAsset(admin, new PutAssetCommand("rec_a", meter("meter-m01", "m02", "S-other"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).contains(CommunityReason.ASSET_KEY_TAKEN));
        assertThat(stored("rec_a")).isEqualTo(before);
        assertThatThrownBy(() -> writes.removeAsset(admin, new RemoveAssetCommand("rec_a", "m02", "meter-m01")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(NotFoundException.Subject.COMMUNITY_ASSET));
        writes.removeAsset(admin, new RemoveAssetCommand("rec_a", "m01", "meter-m01"));
        assertThat(writes.putAsset(admin, new PutAssetCommand("rec_b", meter("m-2", "m01", "S-new"))).held()).isPresent();
        assertThat(stored("rec_a")).hasSize(before.size() - 1);
    }
}
