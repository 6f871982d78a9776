package io.gridflex.application.contract;

import static io.gridflex.application.contract.TestAccounts.account;
import static io.gridflex.application.contract.TestAssets.asset;
import static io.gridflex.application.contract.TestAssets.sensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.ConflictException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.sensor.port.out.SensorQuery;
import io.gridflex.application.sensor.query.SensorSortField;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorChanges;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of the sensor ports and the user-preference port must do. */
public abstract class SensorPortsContract {

    protected abstract StoreFixture fixture();

    private Account acme;
    private Asset site;
    private Asset battery;
    private Asset publicMarket;

    @BeforeEach
    void assets() {
        acme = fixture().saveAccount().createAccount(account("ACME"));
        Account other = fixture().saveAccount().createAccount(account("Other"));
        AssetType type = fixture().loadAssetTypes().listAssetTypes().get(0);
        site = fixture().saveAsset().createAsset(asset("Site", type, Optional.of(acme.id()), Optional.empty()));
        battery = fixture().saveAsset().createAsset(asset("Battery", type, Optional.of(acme.id()), Optional.of(site.id())));
        publicMarket = fixture().saveAsset().createAsset(asset("Market", type, Optional.empty(), Optional.empty()));
        fixture().saveAsset().createAsset(asset("Elsewhere", type, Optional.of(other.id()), Optional.empty()));
    }

    @Test
    void keeps_every_field_and_each_kind_of_knowledge_horizon() {
        for (KnowledgeHorizon horizon : new KnowledgeHorizon[] {KnowledgeHorizon.EX_POST,
                new KnowledgeHorizon.ExPost(Duration.ofMinutes(5)), new KnowledgeHorizon.ExAnte(Duration.ofHours(2)),
                new KnowledgeHorizon.XDaysAgoAtYOclock(1, 12, ZoneId.of("Europe/Amsterdam"))}) {
            NewSensor draft = new NewSensor(battery.id(), "sensor " + horizon.function() + horizon.parameters().hashCode(),
                    SensorUnit.of("m³/h"), Duration.ofMinutes(10), ZoneId.of("UTC"), horizon, Attributes.of(Map.of("k", "v")));

            Sensor created = fixture().saveSensor().createSensor(draft);

            assertThat(fixture().loadSensors().findSensor(created.id())).contains(created);
            assertThat(created.knowledgeHorizon()).isEqualTo(horizon);
        }
    }

    @Test
    void finds_sensors_by_name_and_by_asset_and_refuses_a_taken_name() {
        Sensor power = fixture().saveSensor().createSensor(sensor(battery.id(), "power", "kW"));
        Sensor soc = fixture().saveSensor().createSensor(sensor(battery.id(), "soc", "%"));

        assertThat(fixture().loadSensors().findSensorByName(battery.id(), "power")).contains(power);
        assertThat(fixture().loadSensors().listSensorsOf(battery.id())).containsExactly(power, soc);
        assertThatThrownBy(() -> fixture().saveSensor().createSensor(sensor(battery.id(), "power", "MW")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(fixture().saveSensor().createSensor(sensor(site.id(), "power", "kW")).name()).isEqualTo("power");
    }

    @Test
    void updates_and_deletes_a_sensor() {
        Sensor power = fixture().saveSensor().createSensor(sensor(battery.id(), "power", "kW"));

        Sensor renamed = fixture().saveSensor().updateSensor(power.changedBy(new SensorChanges(Optional.of("POWER"),
                Optional.of(SensorUnit.of("MW")), Optional.of(Duration.ofHours(1)), Optional.empty(), Optional.empty(),
                Optional.empty())));

        assertThat(fixture().loadSensors().findSensor(power.id())).contains(renamed);
        fixture().saveSensor().deleteSensor(power.id());
        assertThat(fixture().loadSensors().findSensor(power.id())).isEmpty();
    }

    @Test
    void lists_under_an_asset_by_account_by_unit_with_search_and_pages() {
        Sensor onSite = fixture().saveSensor().createSensor(sensor(site.id(), "site power", "kW"));
        Sensor onBattery = fixture().saveSensor().createSensor(sensor(battery.id(), "battery power", "kW"));
        Sensor soc = fixture().saveSensor().createSensor(sensor(battery.id(), "soc", "%"));
        Sensor price = fixture().saveSensor().createSensor(sensor(publicMarket.id(), "price", "EUR/MWh"));

        assertThat(list(new SensorQuery(Optional.empty(), false, Optional.of(site.id()), true, Optional.empty(), SearchTerms.NONE)))
                .containsExactly(onSite, onBattery, soc);
        assertThat(list(new SensorQuery(Optional.empty(), true, Optional.of(site.id()), true, Optional.empty(), SearchTerms.NONE)))
                .as("include_public_assets adds the sensors of public assets").containsExactly(onSite, onBattery, soc, price);
        assertThat(list(SensorQuery.onAsset(battery.id()).sortedBy(SensorSortField.NAME, SortDirection.DESC)))
                .containsExactly(soc, onBattery);
        assertThat(list(SensorQuery.onAsset(battery.id()).searchingSensorNames(SearchTerms.parse("SOC")))).containsExactly(soc);
        assertThat(list(SensorQuery.onAsset(battery.id()).searchingSensorNames(SearchTerms.parse(acme.name()))))
                .as("the account's name is not searched").isEmpty();
        assertThat(list(SensorQuery.onAsset(site.id()))).containsExactly(onSite);
        assertThat(list(new SensorQuery(Optional.of(Set.of(acme.id())), false, Optional.empty(), false, Optional.of("kW"),
                SearchTerms.NONE))).containsExactly(onSite, onBattery);
        assertThat(list(new SensorQuery(Optional.of(Set.of(acme.id())), true, Optional.empty(), false, Optional.empty(),
                SearchTerms.NONE))).containsExactly(onSite, onBattery, soc, price);

        Page<Sensor> page = fixture().loadSensors().listSensors(new SensorQuery(Optional.of(Set.of(acme.id())), false,
                Optional.empty(), false, Optional.empty(), SearchTerms.parse("power")), Optional.of(new PageRequest(2, 1)));
        assertThat(page.items()).containsExactly(onBattery);
        assertThat(page.totalRecords()).isEqualTo(3);
        assertThat(page.filteredRecords()).isEqualTo(2);
    }

    private java.util.List<Sensor> list(SensorQuery query) {
        return fixture().loadSensors().listSensors(query, Optional.empty()).items();
    }

    @Test
    void keeps_replaces_and_forgets_a_user_preference() {
        var user = fixture().saveUser().createUser(TestAccounts.user(acme.id(), "ann@acme.org"));

        assertThat(fixture().userPreferences().findPreference(user.id(), "view")).isEmpty();
        fixture().userPreferences().putPreference(user.id(), "view", Optional.of("Graphs"));
        fixture().userPreferences().putPreference(user.id(), "view", Optional.of("Table"));
        assertThat(fixture().userPreferences().findPreference(user.id(), "view")).contains("Table");
        fixture().userPreferences().putPreference(user.id(), "view", Optional.empty());
        assertThat(fixture().userPreferences().findPreference(user.id(), "view")).isEmpty();
    }
}
