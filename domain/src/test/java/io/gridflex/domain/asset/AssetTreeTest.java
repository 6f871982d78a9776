package io.gridflex.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.failure.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetTreeTest {

    static final AccountId ACME = AccountId.of(1);
    static final AccountId OTHER = AccountId.of(2);

    static Asset asset(long id, Optional<AccountId> account, Long parent, Map<String, ?> flexContext) {
        return new Asset(AssetId.of(id), "asset " + id, AssetTypeId.of(1), account, Optional.ofNullable(parent).map(AssetId::of),
                Coordinates.UNKNOWN, Attributes.NONE, Attributes.of(flexContext), Attributes.NONE);
    }

    @Test
    void the_nearest_asset_that_sets_a_field_wins() {
        Asset site = asset(1, Optional.of(ACME), null, Map.of("site-power-capacity", "100 kW", "consumption-price", "30 EUR/MWh"));
        Asset building = asset(2, Optional.of(ACME), 1L, Map.of("site-power-capacity", "50 kW"));
        Asset battery = asset(3, Optional.of(ACME), 2L, Map.of());

        AssetLineage lineage = new AssetLineage(battery, List.of(building, site));

        assertThat(lineage.effectiveFlexContext().values())
                .containsEntry("site-power-capacity", "50 kW").containsEntry("consumption-price", "30 EUR/MWh");
    }

    @Test
    void an_asset_cannot_move_under_itself_or_its_descendants() {
        Asset root = asset(1, Optional.of(ACME), null, Map.of());
        Asset child = asset(2, Optional.of(ACME), 1L, Map.of());

        assertThat(AssetPlacement.mayPlace(Optional.of(root.id()), Optional.of(ACME), new AssetLineage(child, List.of(root)))
                .denied()).isTrue();
        assertThat(AssetPlacement.mayPlace(Optional.of(AssetId.of(9)), Optional.of(ACME), new AssetLineage(child, List.of(root)))
                .allowed()).isTrue();
        assertThatThrownBy(() -> asset(1, Optional.of(ACME), 1L, Map.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_parent_is_of_the_same_account_or_public() {
        Asset acmeParent = asset(1, Optional.of(ACME), null, Map.of());
        Asset publicParent = asset(2, Optional.empty(), null, Map.of());

        assertThat(AssetPlacement.mayPlace(Optional.empty(), Optional.of(ACME), new AssetLineage(acmeParent, List.of())).allowed()).isTrue();
        assertThat(AssetPlacement.mayPlace(Optional.empty(), Optional.of(OTHER), new AssetLineage(acmeParent, List.of())).denied()).isTrue();
        assertThat(AssetPlacement.mayPlace(Optional.empty(), Optional.of(OTHER), new AssetLineage(publicParent, List.of())).allowed()).isTrue();
        assertThat(AssetPlacement.mayPlace(Optional.empty(), Optional.empty(), new AssetLineage(acmeParent, List.of())).denied())
                .as("a public asset under an account's asset").isTrue();
    }

    @Test
    void coordinates_stay_on_earth() {
        assertThatThrownBy(() -> new Coordinates(Optional.of(90.5), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("latitude"));
        assertThatThrownBy(() -> new Coordinates(Optional.empty(), Optional.of(-180.1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("longitude"));
        assertThatThrownBy(() -> new Coordinates(Optional.of(Double.NaN), Optional.empty())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void attributes_hold_only_json_values_and_are_immutable() {
        Attributes attributes = Attributes.of(Map.of("list", List.of(1, "a"), "nested", Map.of("x", true)));

        assertThatThrownBy(() -> attributes.values().put("y", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Attributes.of(Map.of("bad", new Object()))).isInstanceOf(InvalidValueException.class);
    }
}
