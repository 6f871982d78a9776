package io.gridflex.adapter.memory.usecase;

import static io.gridflex.adapter.memory.usecase.TestData.aRead;
import static io.gridflex.adapter.memory.usecase.TestData.aSensor;
import static io.gridflex.adapter.memory.usecase.TestData.aSensorChange;
import static io.gridflex.adapter.memory.usecase.TestData.anAsset;
import static io.gridflex.adapter.memory.usecase.TestData.somePostedValues;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.ACCOUNT_ADMIN;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.ADMIN_READER;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.CONSULTANT;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.MEMBER;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.sensor.port.in.ListAssetSensorsCommand;
import io.gridflex.application.sensor.port.in.ListSensorsCommand;
import io.gridflex.application.sensor.service.SensorService;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import java.util.List;
import java.util.Optional;
import io.gridflex.application.sensor.port.in.SensorOnAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sensors as FlexMeasures' policy lets each principal register, read, update and delete them:
 * with their asset, except that only admins change a sensor.
 */
class SensorServiceTest {

    private final UseCaseFixture given = new UseCaseFixture();
    private final SensorService sensors = given.sensors;
    private final Asset site = given.assets.registerAsset(given.admin(), anAsset().named("Site").inAccount(given.acme.id()).build());
    private final Sensor power = sensors.registerSensor(given.admin(), aSensor().on(site.id()).named("power").build());

    @ParameterizedTest
    @EnumSource(names = {"MEMBER", "ACCOUNT_ADMIN", "CONSULTANT", "ADMIN"})
    void who_may_create_assets_in_the_account_registers_sensors_on_them_and_the_assets_log_says_so(Principal who) {
        Sensor created = sensors.registerSensor(given.as(who), aSensor().on(site.id()).named("gas").inUnit("m³/h").build());

        assertThat(sensors.getSensor(given.as(who), created.id())).isEqualTo(created);
        assertThat(created.unit().symbol()).isEqualTo("m³/h");
        assertThat(given.auditLogOf(site.id()).get(0)).isEqualTo("Created sensor 'gas': " + created.id() + " on asset 'Site'");
    }

    @Test
    void a_user_of_another_account_may_neither_read_nor_register_sensors() {
        assertThatThrownBy(() -> sensors.getSensor(given.as(STRANGER), power.id())).isInstanceOf(ForbiddenException.class)
                .hasMessage("You cannot read asset " + site.id() + ".");
        assertThatThrownBy(() -> sensors.registerSensor(given.as(STRANGER), aSensor().on(site.id()).named("gas").build()))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot read asset " + site.id() + ".");
        assertThat(namesOfSensorsOn(site.id())).containsExactly("power");
    }

    @Test
    void an_admin_reader_reads_sensors_but_may_not_register_one() {
        assertThat(sensors.getSensor(given.as(ADMIN_READER), power.id())).isEqualTo(power);
        assertThatThrownBy(() -> sensors.registerSensor(given.as(ADMIN_READER), aSensor().on(site.id()).named("gas").build()))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot create assets in account " + given.acme.id() + ".");
    }

    @ParameterizedTest
    @EnumSource(names = {"MEMBER", "ADMIN_READER"})
    void members_and_readers_may_not_update_a_sensor(Principal who) {
        var rename = aSensorChange().renamedTo("POWER").build();

        assertThatThrownBy(() -> sensors.updateSensor(given.as(who), power.id(), rename)).isInstanceOf(ForbiddenException.class)
                .hasMessage("You cannot update the sensors of asset " + site.id() + ".");
        assertThat(sensors.getSensor(given.admin(), power.id()).name()).isEqualTo("power");
    }

    /** FlexMeasures' Sensor ACL: "update" for account-admins and consultants (its docs said admins only). */
    @ParameterizedTest
    @EnumSource(names = {"ACCOUNT_ADMIN", "CONSULTANT", "ADMIN"})
    void account_admins_consultants_and_admins_update_a_sensor(Principal who) {
        Sensor renamed = sensors.updateSensor(given.as(who), power.id(), aSensorChange().renamedTo("POWER").build());

        assertThat(renamed.name()).isEqualTo("POWER");
    }

    @Test
    void only_admins_update_a_sensor_of_a_public_asset() {
        Asset market = given.assets.registerAsset(given.admin(), anAsset().named("EPEX").build());
        Sensor price = sensors.registerSensor(given.admin(), aSensor().on(market.id()).named("price").build());

        assertThatThrownBy(() -> sensors.updateSensor(given.as(ACCOUNT_ADMIN), price.id(), aSensorChange().renamedTo("p").build()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(sensors.updateSensor(given.admin(), price.id(), aSensorChange().renamedTo("p").build()).name()).isEqualTo("p");
    }

    @Test
    void an_admins_update_is_kept_and_logged_on_the_asset() {
        Sensor renamed = sensors.updateSensor(given.admin(), power.id(), aSensorChange().renamedTo("POWER").build());

        assertThat(renamed.name()).isEqualTo("POWER");
        assertThat(renamed.unit()).isEqualTo(power.unit());
        assertThat(given.auditLogOf(site.id()).get(0)).isEqualTo("Updated sensor 'POWER': " + power.id());
    }

    @Test
    void refuses_a_second_sensor_of_the_same_name_on_an_asset() {
        var twin = aSensor().on(site.id()).named("power").build();

        assertThatThrownBy(() -> sensors.registerSensor(given.as(MEMBER), twin)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.reason()).isEqualTo("A sensor named 'power' already exists on asset " + site.id() + ".");
        });
        Sensor gas = sensors.registerSensor(given.as(MEMBER), aSensor().on(site.id()).named("gas").build());
        assertThatThrownBy(() -> sensors.updateSensor(given.admin(), gas.id(), aSensorChange().renamedTo("power").build()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_account_admin_deletes_a_sensor_with_its_data_and_a_plain_member_may_not() {
        given.beliefs.recordBeliefs(given.admin(), somePostedValues().forSensor(power.id()).build());

        assertThatThrownBy(() -> sensors.deleteSensor(given.as(MEMBER), power.id())).isInstanceOf(ForbiddenException.class)
                .hasMessage("You cannot delete asset " + site.id() + ".");
        sensors.deleteSensor(given.as(ACCOUNT_ADMIN), power.id());

        assertThatThrownBy(() -> sensors.getSensor(given.admin(), power.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Sensor " + power.id() + " not found.");
        assertThatThrownBy(() -> given.beliefs.readSensorData(given.admin(), aRead().ofSensor(power.id()).build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.auditLogOf(site.id()).get(0)).isEqualTo("Deleted sensor 'power': " + power.id() + ", with its data");
    }

    @Test
    void an_unknown_sensor_is_not_found() {
        assertThatThrownBy(() -> sensors.getSensor(given.admin(), SensorId.of(999))).isInstanceOf(NotFoundException.class)
                .hasMessage("Sensor 999 not found.");
    }

    @Test
    void listing_by_asset_includes_the_sensors_of_its_sub_assets_while_the_assets_own_list_does_not() {
        Asset battery = given.assets.registerAsset(given.admin(), anAsset().inAccount(given.acme.id()).under(site.id()).build());
        sensors.registerSensor(given.admin(), aSensor().on(battery.id()).named("soc").inUnit("kWh").build());

        assertThat(sensors.listSensors(given.as(MEMBER), listing(Optional.empty(), Optional.of(site.id()), false)).items())
                .extracting(Sensor::name).containsExactly("power", "soc");
        assertThat(namesOfSensorsOn(site.id())).containsExactly("power");
    }

    @Test
    void a_consultant_lists_the_sensors_of_its_clients_when_asked_and_no_one_else_may_ask() {
        Asset consultsOwn = given.assets.registerAsset(given.admin(), anAsset().named("Office").inAccount(given.consult.id()).build());
        sensors.registerSensor(given.admin(), aSensor().on(consultsOwn.id()).named("office power").build());

        assertThat(sensors.listSensors(given.as(CONSULTANT), listing(Optional.empty(), Optional.empty(), false)).items())
                .extracting(Sensor::name).containsExactly("office power");
        assertThat(sensors.listSensors(given.as(CONSULTANT), listing(Optional.empty(), Optional.empty(), true)).items())
                .extracting(Sensor::name).containsExactly("power", "office power");
        assertThatThrownBy(() -> sensors.listSensors(given.as(ACCOUNT_ADMIN), listing(Optional.empty(), Optional.empty(), true)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("include_consultancy_clients"));
    }

    @Test
    void a_user_of_another_account_lists_none_of_its_sensors() {
        assertThat(sensors.listSensors(given.as(STRANGER), listing(Optional.empty(), Optional.empty(), false)).items()).isEmpty();
        assertThatThrownBy(() -> sensors.listSensors(given.as(STRANGER), listing(Optional.of(given.acme.id()), Optional.empty(), false)))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot read account " + given.acme.id() + ".");
    }

    private static ListSensorsCommand listing(Optional<AccountId> account, Optional<AssetId> asset, boolean withClients) {
        return new ListSensorsCommand(account, asset, withClients, Optional.empty(), SearchTerms.NONE, Optional.empty());
    }

    private List<String> namesOfSensorsOn(AssetId asset) {
        return sensors.listAssetSensors(given.admin(), ListAssetSensorsCommand.all(asset)).items().stream().map(Sensor::name).toList();
    }

    @Test
    void finds_sensors_by_name_among_those_the_actor_may_read_public_ones_included() {
        Asset market = given.assets.registerAsset(given.admin(), anAsset().named("Market").build()); // public
        Asset elsewhere = given.assets.registerAsset(given.admin(), anAsset().named("Elsewhere").inAccount(given.other.id()).build());
        Sensor own = sensors.registerSensor(given.admin(), aSensor().on(site.id()).named("epex_da").inUnit("EUR/MWh").build());
        Sensor shared = sensors.registerSensor(given.admin(), aSensor().on(market.id()).named("EPEX DA").inUnit("EUR/MWh").build());
        Sensor foreign = sensors.registerSensor(given.admin(), aSensor().on(elsewhere.id()).named("epex_da").inUnit("EUR/MWh").build());
        sensors.registerSensor(given.admin(), aSensor().on(site.id()).named("epex_da_2").inUnit("EUR/MWh").build());

        assertThat(sensors.findSensorsByName(given.as(MEMBER), "epex_da")).extracting(SensorOnAsset::sensor)
                .containsExactlyInAnyOrder(own, shared);
        assertThat(sensors.findSensorsByName(given.as(STRANGER), "epex da")).extracting(SensorOnAsset::sensor)
                .containsExactlyInAnyOrder(shared, foreign);
        assertThat(sensors.findSensorsByName(given.as(CONSULTANT), "Epex_Da")).extracting(SensorOnAsset::sensor)
                .containsExactlyInAnyOrder(own, shared);
        assertThat(sensors.findSensorsByName(given.admin(), "epex_da")).extracting(SensorOnAsset::sensor)
                .containsExactlyInAnyOrder(own, shared, foreign);
        assertThat(sensors.findSensorsByName(given.as(MEMBER), "epex_da")).filteredOn(s -> s.sensor().equals(shared))
                .singleElement().satisfies(s -> assertThat(s.asset()).isEqualTo(market));
        assertThat(sensors.findSensorsByName(given.as(MEMBER), "nord pool")).isEmpty();
    }
}
