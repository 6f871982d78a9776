package io.gridflex.application.contract;

import static io.gridflex.application.contract.TestAccounts.account;
import static io.gridflex.application.contract.TestAssets.asset;
import static io.gridflex.application.contract.TestAssets.sensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.application.asset.query.AssetQuery;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetChanges;
import io.gridflex.domain.asset.AssetLineage;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of the asset and asset-type ports must do. */
public abstract class AssetPortsContract {

    protected abstract StoreFixture fixture();

    private Account acme;
    private Account other;
    private AssetType battery;
    private AssetType building;

    @BeforeEach
    void accountsAndTypes() {
        acme = fixture().saveAccount().createAccount(account("ACME"));
        other = fixture().saveAccount().createAccount(account("Other Corp"));
        battery = type("battery");
        building = type("building");
    }

    private AssetType type(String name) {
        return fixture().loadAssetTypes().listAssetTypes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private Asset create(String name, AssetType type, Account account, Asset parent) {
        return fixture().saveAsset().createAsset(asset(name, type, Optional.ofNullable(account).map(Account::id),
                Optional.ofNullable(parent).map(Asset::id)));
    }

    @Test
    void seeds_the_common_asset_types_and_takes_new_ones() {
        assertThat(fixture().loadAssetTypes().listAssetTypes()).extracting(AssetType::name)
                .contains("battery", "solar", "building", "charge point", "heat pump", "meter", "site", "weather station", "market");

        AssetType electrolyser = fixture().saveAssetType().createAssetType("electrolyser", Optional.of("Makes hydrogen"));

        assertThat(fixture().loadAssetTypes().findAssetType(electrolyser.id())).contains(electrolyser);
        assertThatThrownBy(() -> fixture().saveAssetType().createAssetType("electrolyser", Optional.empty()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void keeps_every_field_of_an_asset() {
        Attributes nested = Attributes.of(Map.of("capacity_in_mw", 0.5, "tags", List.of("a", "b"), "meta", Map.of("ok", true)));
        NewAsset draft = new NewAsset("Battery 1", battery.id(), Optional.of(acme.id()), Optional.empty(),
                new Coordinates(Optional.of(52.1), Optional.of(4.3)), nested,
                Attributes.of(Map.of("site-power-capacity", "100 kW")), Attributes.of(Map.of("soc-unit", "kWh")));

        Asset created = fixture().saveAsset().createAsset(draft);

        Asset found = fixture().loadAssets().findAsset(created.id()).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.attributes().values().get("meta")).isEqualTo(Map.of("ok", true));
        assertThat(((Number) found.attributes().values().get("capacity_in_mw")).doubleValue()).isEqualTo(0.5);
    }

    @Test
    void answers_the_lineage_parent_first_and_the_children() {
        Asset site = create("Site", building, acme, null);
        Asset building1 = create("Building", building, acme, site);
        Asset battery1 = create("Battery", battery, acme, building1);

        AssetLineage lineage = fixture().loadAssets().findLineage(battery1.id()).orElseThrow();

        assertThat(lineage.asset()).isEqualTo(battery1);
        assertThat(lineage.ancestors()).containsExactly(building1, site);
        assertThat(fixture().loadAssets().listChildren(site.id())).containsExactly(building1);
        assertThat(fixture().loadAssets().findLineage(io.gridflex.domain.asset.AssetId.of(battery1.id().value() + 99))).isEmpty();
    }

    @Test
    void finds_a_taken_name_where_it_would_clash() {
        Asset site = create("Site", building, acme, null);
        create("Battery", battery, acme, site);
        create("Public weather", building, null, null);

        assertThat(fixture().loadAssets().findByNameAt(Optional.of(site.id()), Optional.of(acme.id()), "Battery")).isPresent();
        assertThat(fixture().loadAssets().findByNameAt(Optional.empty(), Optional.of(acme.id()), "Site")).isPresent();
        assertThat(fixture().loadAssets().findByNameAt(Optional.empty(), Optional.of(other.id()), "Site")).isEmpty();
        assertThat(fixture().loadAssets().findByNameAt(Optional.empty(), Optional.empty(), "Public weather")).isPresent();
        assertThat(fixture().loadAssets().findByNameAt(Optional.empty(), Optional.empty(), "Site")).isEmpty();
    }

    @Test
    void refuses_a_second_asset_of_the_same_name_at_the_same_place() {
        Asset site = create("Site", building, acme, null);
        create("Battery", battery, acme, site);

        assertThatThrownBy(() -> create("Battery", battery, acme, site))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> create("Site", building, acme, null)).isInstanceOf(ConflictException.class);
        assertThat(create("Site", building, other, null).name()).isEqualTo("Site");
    }

    @Test
    void updates_and_moves_an_asset() {
        Asset site = create("Site", building, acme, null);
        Asset loose = create("Loose", battery, acme, null);

        Asset moved = fixture().saveAsset().updateAsset(loose.changedBy(new AssetChanges(Optional.of("Battery"),
                Optional.empty(), Optional.of(Optional.of(site.id())), Optional.of(Optional.of(10.0)), Optional.empty(),
                Optional.of(Attributes.of(Map.of("x", 1L))), Optional.empty(), Optional.empty())));

        assertThat(fixture().loadAssets().findAsset(loose.id())).contains(moved);
        assertThat(fixture().loadAssets().listChildren(site.id())).containsExactly(moved);
    }

    @Test
    void lists_by_account_with_public_search_sort_and_pages() {
        Asset a1 = create("Solar roof", battery, acme, null);
        Asset a2 = create("Battery", battery, acme, null);
        Asset o1 = create("Other battery", battery, other, null);
        Asset p1 = create("Public market", building, null, null);

        Page<Asset> ofAcme = fixture().loadAssets().listAssets(AssetQuery.ofAccount(acme.id()), Optional.empty());
        assertThat(ofAcme.items()).containsExactly(a1, a2);

        Page<Asset> withPublic = fixture().loadAssets().listAssets(new AssetQuery(Optional.of(Set.of(acme.id())), true,
                SearchTerms.NONE, AssetQuery.SortField.NAME, SortDirection.DESC), Optional.empty());
        assertThat(withPublic.items()).containsExactly(a1, p1, a2);

        Page<Asset> everything = fixture().loadAssets().listAssets(new AssetQuery(Optional.empty(), true,
                SearchTerms.parse("battery"), AssetQuery.SortField.ID, SortDirection.ASC), Optional.of(new PageRequest(1, 1)));
        assertThat(everything.items()).containsExactly(a2);
        assertThat(everything.totalRecords()).isEqualTo(4);
        assertThat(everything.filteredRecords()).isEqualTo(2);

        Page<Asset> byAccountName = fixture().loadAssets().listAssets(new AssetQuery(Optional.empty(), false,
                SearchTerms.parse("\"other corp\""), AssetQuery.SortField.OWNER, SortDirection.ASC), Optional.empty());
        assertThat(byAccountName.items()).containsExactly(o1);
        assertThat(fixture().loadAssets().listAssets(AssetQuery.publicOnly(), Optional.empty()).items()).containsExactly(p1);
    }

    @Test
    void deletes_an_asset_with_its_descendants_and_their_sensors() {
        Asset site = create("Site", building, acme, null);
        Asset child = create("Battery", battery, acme, site);
        var sensor = fixture().saveSensor().createSensor(sensor(child.id(), "power", "kW"));
        Asset kept = create("Kept", building, acme, null);

        fixture().saveAsset().deleteAsset(site.id());

        assertThat(fixture().loadAssets().findAsset(site.id())).isEmpty();
        assertThat(fixture().loadAssets().findAsset(child.id())).isEmpty();
        assertThat(fixture().loadSensors().findSensor(sensor.id())).isEmpty();
        assertThat(fixture().loadAssets().findAsset(kept.id())).contains(kept);
    }
}
