package io.gridflex.adapter.memory.usecase;

import static io.gridflex.adapter.memory.usecase.TestData.SITE;
import static io.gridflex.adapter.memory.usecase.TestData.aSensor;
import static io.gridflex.adapter.memory.usecase.TestData.anAsset;
import static io.gridflex.adapter.memory.usecase.TestData.anAssetChange;
import static io.gridflex.adapter.memory.usecase.TestData.somePostedValues;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.ACCOUNT_ADMIN;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.CONSULTANT;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.MEMBER;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal;
import io.gridflex.application.asset.port.in.AssetDetails;
import io.gridflex.application.asset.port.in.ListAssetsCommand;
import io.gridflex.application.asset.query.AssetQuery;
import io.gridflex.application.asset.service.AssetService;
import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Assets as FlexMeasures' policy lets each principal register, read, update and delete them
 * (bootstrap's AssetPermissionMatrixTest checks the same over HTTP), with their audit log and
 * the flex-context and flex-model inherited down the tree.
 */
class AssetServiceTest {

    private final UseCaseFixture given = new UseCaseFixture();
    private final AssetService assets = given.assets;
    private final Asset acmeSite = assets.registerAsset(given.admin(), anAsset().named("ACME site").inAccount(given.acme.id()).build());

    // --- registering ---

    /** FlexMeasures: a top-level asset needs "create-children" on the account (account-admins, consultants). */
    @ParameterizedTest
    @EnumSource(names = {"ACCOUNT_ADMIN", "ADMIN"})
    void account_admins_and_admins_register_top_level_assets_and_the_log_says_who(Principal who) {
        Asset created = assets.registerAsset(given.as(who), anAsset().named("Battery").inAccount(given.acme.id()).build());

        assertThat(created.accountId()).contains(given.acme.id());
        AuditEvent logged = given.auditEventsOf(created.id()).get(0);
        assertThat(logged.event()).isEqualTo("Created asset 'Battery': " + created.id());
        assertThat(logged.actingUserId()).contains(given.as(who).userId());
    }

    @Test
    void a_plain_member_may_not_register_a_top_level_asset() {
        var draft = anAsset().named("Battery").inAccount(given.acme.id()).build();

        assertThatThrownBy(() -> assets.registerAsset(given.as(MEMBER), draft)).isInstanceOf(ForbiddenException.class)
                .hasMessage("Only account-admins and consultants can create top-level assets in account " + given.acme.id() + ".");
        assertThat(namesOfAssetsOf(given.acme.id())).containsExactly("ACME site");
    }

    /** FlexMeasures: a sub-asset needs "create-children" on its parent (every member, consultants). */
    @ParameterizedTest
    @EnumSource(names = {"MEMBER", "ACCOUNT_ADMIN", "ADMIN"})
    void the_accounts_users_and_admins_register_assets_under_its_assets(Principal who) {
        Asset created = assets.registerAsset(given.as(who), anAsset().named("Battery").inAccount(given.acme.id())
                .under(acmeSite.id()).build());

        assertThat(created.parentId()).contains(acmeSite.id());
    }

    /**
     * FlexMeasures' asset schema lets only admins name another account than their own (422 on
     * account_id): users of other accounts, admin-readers and — as in FlexMeasures — consultants.
     */
    @ParameterizedTest
    @EnumSource(names = {"STRANGER", "ADMIN_READER", "CONSULTANT"})
    void users_of_other_accounts_may_not_register_assets_in_it(Principal who) {
        var topLevel = anAsset().named("Intruder").inAccount(given.acme.id()).build();
        var sub = anAsset().named("Intruder").inAccount(given.acme.id()).under(acmeSite.id()).build();

        for (var draft : List.of(topLevel, sub)) {
            assertThatThrownBy(() -> assets.registerAsset(given.as(who), draft)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.field()).isEqualTo("account_id");
                assertThat(e.reason()).isEqualTo("User is not allowed to create assets for this account.");
            });
        }
        assertThat(namesOfAssetsOf(given.acme.id())).containsExactly("ACME site");
    }

    @Test
    void an_account_admin_may_not_register_under_another_accounts_asset() {
        Asset foreign = assets.registerAsset(given.admin(), anAsset().named("Foreign").inAccount(given.other.id()).build());

        assertThatThrownBy(() -> assets.registerAsset(given.as(ACCOUNT_ADMIN), anAsset().named("Cuckoo").inAccount(given.acme.id())
                .under(foreign.id()).build())).isInstanceOf(ForbiddenException.class)
                .hasMessage("You cannot create assets in account " + given.other.id() + ".");
    }

    @ParameterizedTest
    @EnumSource(names = {"MEMBER", "ACCOUNT_ADMIN", "CONSULTANT"})
    void only_admins_register_public_assets(Principal who) {
        var market = anAsset().named("EPEX").build();

        assertThatThrownBy(() -> assets.registerAsset(given.as(who), market)).isInstanceOf(ForbiddenException.class)
                .hasMessage("Only site admins may create public assets (account_id=None).");
        assertThat(assets.registerAsset(given.admin(), market).isPublic()).isTrue();
    }

    @Test
    void only_admins_register_assets_under_a_public_asset() {
        Asset market = assets.registerAsset(given.admin(), anAsset().named("EPEX").build());

        assertThatThrownBy(() -> assets.registerAsset(given.as(MEMBER), anAsset().named("Day-ahead").inAccount(given.acme.id())
                .under(market.id()).build())).isInstanceOf(ForbiddenException.class).hasMessage("Only admins can create public assets.");
        assertThatThrownBy(() -> assets.registerAsset(given.as(ACCOUNT_ADMIN), anAsset().named("Day-ahead").under(market.id()).build()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(assets.registerAsset(given.admin(), anAsset().named("Day-ahead").under(market.id()).build()).parentId())
                .contains(market.id());
    }

    @Test
    void only_admins_add_asset_types() {
        assertThatThrownBy(() -> assets.registerAssetType(given.as(ACCOUNT_ADMIN), "electrolyser", Optional.empty()))
                .isInstanceOf(ForbiddenException.class).hasMessage("Only admins can add asset types.");

        assets.registerAssetType(given.admin(), "electrolyser", Optional.of("Makes hydrogen"));

        assertThat(assets.listAssetTypes()).extracting(t -> t.name()).contains("battery", "electrolyser");
    }

    @Test
    void refuses_a_second_asset_of_the_same_name_at_the_same_place() {
        var twin = anAsset().named("ACME site").inAccount(given.acme.id()).build();

        assertThatThrownBy(() -> assets.registerAsset(given.as(ACCOUNT_ADMIN), twin)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.reason()).isEqualTo("An asset with the name 'ACME site' already exists at the top level of this account.");
        });
        assertThat(assets.registerAsset(given.as(MEMBER), anAsset().named("ACME site").inAccount(given.acme.id())
                .under(acmeSite.id()).build()).parentId()).contains(acmeSite.id());
    }

    @Test
    void refuses_a_parent_of_another_account_and_a_move_that_makes_a_cycle() {
        Asset foreign = assets.registerAsset(given.admin(), anAsset().named("Foreign").inAccount(given.other.id()).build());
        Asset child = assets.registerAsset(given.admin(), anAsset().named("Child").inAccount(given.acme.id()).under(acmeSite.id()).build());

        assertThatThrownBy(() -> assets.registerAsset(given.admin(), anAsset().inAccount(given.acme.id()).under(foreign.id()).build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("parent_asset_id");
                    assertThat(e.reason()).isEqualTo("The parent asset " + foreign.id() + " belongs to another account.");
                });
        assertThatThrownBy(() -> assets.updateAsset(given.admin(), acmeSite.id(), anAssetChange().movedUnder(child.id()).build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("parent_asset_id");
                    assertThat(e.reason()).contains("that would make a cycle");
                });
        assertThat(assets.getAsset(given.admin(), acmeSite.id()).asset().parentId()).isEmpty();
    }

    // --- reading and listing ---

    @ParameterizedTest
    @EnumSource(value = Principal.class, names = "STRANGER", mode = EnumSource.Mode.EXCLUDE)
    void everyone_but_a_user_of_another_account_reads_an_asset(Principal who) {
        assertThat(assets.getAsset(given.as(who), acmeSite.id()).asset()).isEqualTo(acmeSite);
    }

    @Test
    void a_user_of_another_account_may_not_read_an_asset_nor_its_audit_log_nor_list_the_account() {
        Actor stranger = given.as(STRANGER);

        assertThatThrownBy(() -> assets.getAsset(stranger, acmeSite.id())).isInstanceOf(ForbiddenException.class)
                .hasMessage("You cannot read asset " + acmeSite.id() + ".");
        assertThatThrownBy(() -> assets.listAssetAuditLog(stranger, acmeSite.id(),
                AuditLogQuery.newestFirst(AuditedEntity.asset(acmeSite.id().value())), Optional.empty()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assets.listAssets(stranger, listingOf(Optional.of(given.acme.id()), false)))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot read account " + given.acme.id() + ".");
    }

    @Test
    void listing_all_accessible_assets_shows_the_own_accounts_the_clients_and_the_public_ones() {
        Asset market = assets.registerAsset(given.admin(), anAsset().named("EPEX").build());
        Asset otherSite = assets.registerAsset(given.admin(), anAsset().named("Other site").inAccount(given.other.id()).build());

        assertThat(namesListedBy(STRANGER)).containsExactlyInAnyOrder(market.name(), otherSite.name());
        assertThat(namesListedBy(MEMBER)).containsExactlyInAnyOrder(market.name(), acmeSite.name());
        assertThat(namesListedBy(CONSULTANT)).containsExactlyInAnyOrder(market.name(), acmeSite.name());
        assertThat(namesListedBy(Principal.ADMIN_READER)).containsExactlyInAnyOrder(market.name(), acmeSite.name(), otherSite.name());
    }

    @Test
    void a_public_asset_is_read_and_listed_by_anyone_but_changed_only_by_admins() {
        Asset market = assets.registerAsset(given.admin(), anAsset().named("EPEX").build());
        Actor stranger = given.as(STRANGER);

        assertThat(assets.getAsset(stranger, market.id()).owner()).isEmpty();
        assertThat(assets.listPublicAssets()).containsExactly(market);
        assertThatThrownBy(() -> assets.updateAsset(given.as(ACCOUNT_ADMIN), market.id(), anAssetChange().withLatitude(10).build()))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot update asset " + market.id() + ".");
        assertThatThrownBy(() -> assets.deleteAsset(given.as(ACCOUNT_ADMIN), market.id()))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot delete asset " + market.id() + ".");
        assertThat(assets.updateAsset(given.admin(), market.id(), anAssetChange().withLatitude(10).build()).coordinates().latitude())
                .contains(10.0);
    }

    // --- updating ---

    @ParameterizedTest
    @EnumSource(names = {"MEMBER", "ACCOUNT_ADMIN", "CONSULTANT", "ADMIN"})
    void the_accounts_users_its_consultants_and_admins_update_its_assets(Principal who) {
        Asset updated = assets.updateAsset(given.as(who), acmeSite.id(), anAssetChange().withLatitude(52.0).build());

        assertThat(updated.coordinates().latitude()).contains(52.0);
        assertThat(assets.getAsset(given.admin(), acmeSite.id()).asset()).isEqualTo(updated);
    }

    @Test
    void an_admin_reader_reads_but_may_not_update() {
        var change = anAssetChange().withLatitude(52.0).build();

        assertThatThrownBy(() -> assets.updateAsset(given.as(Principal.ADMIN_READER), acmeSite.id(), change))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot update asset " + acmeSite.id() + ".");
        assertThat(assets.getAsset(given.admin(), acmeSite.id()).asset().coordinates().latitude()).isEmpty();
    }

    @Test
    void an_update_is_audited_per_field_it_changed_in_flexmeasures_words_and_an_idle_one_is_not() {
        assets.updateAsset(given.as(MEMBER), acmeSite.id(), anAssetChange().renamedTo("HQ").withLatitude(52.0).build());
        assets.updateAsset(given.as(MEMBER), acmeSite.id(), anAssetChange().withLatitude(52.0).build());

        assertThat(given.auditLogOf(acmeSite.id())).containsExactlyInAnyOrder(
                "Updated: name, From: ACME site, To: HQ",
                "Updated: latitude, From: None, To: 52.0",
                "Created asset 'ACME site': " + acmeSite.id());
    }

    // --- deleting ---

    @ParameterizedTest
    @EnumSource(names = {"ACCOUNT_ADMIN", "CONSULTANT", "ADMIN"})
    void account_admins_consultants_and_admins_delete_an_asset(Principal who) {
        assets.deleteAsset(given.as(who), acmeSite.id());

        assertThatThrownBy(() -> assets.getAsset(given.admin(), acmeSite.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Asset " + acmeSite.id() + " not found.");
        assertThat(given.auditLogOf(acmeSite.id()).get(0))
                .isEqualTo("Deleted asset 'ACME site': " + acmeSite.id() + ", with its sub-assets, sensors and data");
    }

    @ParameterizedTest
    @EnumSource(names = {"MEMBER", "ADMIN_READER"})
    void plain_users_and_admin_readers_may_not_delete_an_asset(Principal who) {
        assertThatThrownBy(() -> assets.deleteAsset(given.as(who), acmeSite.id())).isInstanceOf(ForbiddenException.class)
                .hasMessage("You cannot delete asset " + acmeSite.id() + ".");
        assertThat(assets.getAsset(given.admin(), acmeSite.id()).asset()).isEqualTo(acmeSite);
    }

    @Test
    void deleting_an_asset_deletes_its_sub_assets_their_sensors_and_data() {
        Asset battery = assets.registerAsset(given.admin(), anAsset().inAccount(given.acme.id()).under(acmeSite.id()).build());
        Sensor power = given.sensors.registerSensor(given.admin(), aSensor().on(battery.id()).build());
        given.beliefs.recordBeliefs(given.admin(), somePostedValues().forSensor(power.id()).build());

        assets.deleteAsset(given.as(ACCOUNT_ADMIN), acmeSite.id());

        assertThatThrownBy(() -> assets.getAsset(given.admin(), battery.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> given.sensors.getSensor(given.admin(), power.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Sensor " + power.id() + " not found.");
        assertThatThrownBy(() -> given.beliefs.sensorStats(given.admin(), power.id())).isInstanceOf(NotFoundException.class);
        assertThat(given.stores.beliefs.beliefStats(power.id())).isEmpty();
    }

    // --- the tree ---

    @Test
    void an_asset_inherits_flex_context_and_flex_model_field_by_field_from_its_ancestors() {
        Asset site = assets.registerAsset(given.admin(), anAsset().named("Flex site").ofType(SITE).inAccount(given.acme.id())
                .withFlexContext(Map.of("site-power-capacity", "100 kW", "consumption-price", Map.of("sensor", 9)))
                .withFlexModel(Map.of("soc-unit", "MWh", "roundtrip-efficiency", "90%")).build());
        Asset battery = assets.registerAsset(given.admin(), anAsset().named("Flex battery").inAccount(given.acme.id()).under(site.id())
                .withFlexContext(Map.of("site-power-capacity", "50 kW")).withFlexModel(Map.of("soc-unit", "kWh")).build());

        AssetDetails details = assets.getAsset(given.as(MEMBER), battery.id());

        assertThat(details.asset().flexContext()).isEqualTo(Attributes.of(Map.of("site-power-capacity", "50 kW")));
        assertThat(details.lineage().effectiveFlexContext().values()).containsOnly(
                Map.entry("site-power-capacity", "50 kW"), Map.entry("consumption-price", Map.of("sensor", 9)));
        assertThat(details.lineage().effectiveFlexModel().values()).containsOnly(
                Map.entry("soc-unit", "kWh"), Map.entry("roundtrip-efficiency", "90%"));
        assertThat(assets.getAsset(given.as(MEMBER), site.id()).children()).containsExactly(battery);
    }

    private ListAssetsCommand listingOf(Optional<AccountId> account, boolean allAccessible) {
        return new ListAssetsCommand(account, allAccessible, false, SearchTerms.NONE, AssetQuery.SortField.ID, SortDirection.ASC,
                Optional.empty());
    }

    private List<String> namesListedBy(Principal who) {
        return assets.listAssets(given.as(who), listingOf(Optional.empty(), true)).items().stream().map(Asset::name).toList();
    }

    private List<String> namesOfAssetsOf(AccountId account) {
        return assets.listAssets(given.admin(), listingOf(Optional.of(account), false)).items().stream().map(Asset::name).toList();
    }
}
