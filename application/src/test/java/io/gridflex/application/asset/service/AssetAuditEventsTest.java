package io.gridflex.application.asset.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetChanges;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.attribute.Attributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FlexMeasures' patch_asset and format_json_field_change sentences, as gridflex writes them. */
class AssetAuditEventsTest {

    private final Asset battery = new Asset(AssetId.of(7), "battery", AssetTypeId.of(1), Optional.of(AccountId.of(2)),
            Optional.empty(), new Coordinates(Optional.of(30.0), Optional.empty()),
            Attributes.of(Map.of("capacity", 2, "label", "old")),
            Attributes.of(Map.of("site-power-capacity", "1500 kW", "site-peak-production", "20000kW")), Attributes.NONE);

    private static AssetChanges changes(Optional<Attributes> attributes, Optional<Attributes> flexContext,
                                        Optional<Optional<Double>> longitude) {
        return new AssetChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), longitude, attributes,
                flexContext, Optional.empty());
    }

    @Test
    void words_plain_fields_as_python_prints_them() {
        Asset moved = battery.changedBy(changes(Optional.empty(), Optional.empty(), Optional.of(Optional.of(1.0e-5))));
        assertThat(AssetAuditEvents.of(battery, moved)).containsExactly("Updated: longitude, From: None, To: 1e-05");
        assertThat(AssetAuditEvents.pythonFloat(10)).isEqualTo("10.0");
        assertThat(AssetAuditEvents.pythonFloat(1e7)).isEqualTo("10000000.0");
        assertThat(AssetAuditEvents.pythonFloat(0.0001)).isEqualTo("0.0001");
        assertThat(AssetAuditEvents.pythonFloat(1.5e16)).isEqualTo("1.5e+16");
    }

    @Test
    void words_each_changed_attribute_and_each_change_within_a_flex_context() {
        Asset changed = battery.changedBy(changes(
                Optional.of(Attributes.of(Map.of("capacity", 2, "label", "it's new", "tags", List.of("a", true)))),
                Optional.of(Attributes.of(Map.of("site-power-capacity", "15000 kW", "site-peak-production", "20000kW"))),
                Optional.empty()));

        assertThat(AssetAuditEvents.of(battery, changed)).containsExactlyInAnyOrder(
                "Updated Attr: label, From: old, To: it's new",
                "Updated Attr: tags, From: None, To: ['a', True]",
                "Updated: flex_context, change site-power-capacity: 1500 kW -> 15000 kW");
    }

    @Test
    void numbers_several_changes_within_a_flex_context_on_their_own_lines() {
        Asset changed = battery.changedBy(changes(Optional.empty(),
                Optional.of(Attributes.of(Map.of("site-power-capacity", "15000 kW"))), Optional.empty()));

        assertThat(AssetAuditEvents.of(battery, changed)).containsExactly(
                "Updated: flex_context, 1. change site-power-capacity: 1500 kW -> 15000 kW\n2. remove site-peak-production");
    }
}
