package io.gridflex.adapter.memory.usecase;

import static io.gridflex.adapter.memory.usecase.TestData.aRead;
import static io.gridflex.adapter.memory.usecase.TestData.aSensor;
import static io.gridflex.adapter.memory.usecase.TestData.anAsset;
import static io.gridflex.adapter.memory.usecase.TestData.somePostedValues;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.ACCOUNT_ADMIN;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.ADMIN_READER;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.CONSULTANT;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.MEMBER;
import static io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.application.belief.port.in.GetSensorStatusUseCase.SourceTypeStatus;
import io.gridflex.application.belief.port.in.RecordOutcome;
import io.gridflex.application.belief.port.in.SourceStats;
import io.gridflex.application.belief.service.BeliefService;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recording and reading sensor data as beliefs, on the in-memory adapter. */
class BeliefServiceTest {

    private final UseCaseFixture given = new UseCaseFixture();
    private final BeliefService beliefs = given.beliefs;
    private final Actor member = given.as(MEMBER);
    private final Asset site = given.assets.registerAsset(given.admin(), anAsset().named("Site").inAccount(given.acme.id()).build());
    /** kW at 15 minutes in UTC. */
    private final Sensor power = given.sensors.registerSensor(given.admin(), aSensor().on(site.id()).build());

    private List<Double> read(TestData.ReadBuilder read) {
        return beliefs.readSensorData(member, read.ofSensor(power.id()).build()).values();
    }

    // --- recording ---

    @Test
    void records_posted_values_and_reads_them_back() {
        RecordOutcome outcome = beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 4.0).build());

        assertThat(outcome).isEqualTo(new RecordOutcome.Recorded(4));
        assertThat(read(aRead())).containsExactly(1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void a_repost_of_the_same_values_is_already_known_and_stores_nothing() {
        var post = somePostedValues().forSensor(power.id()).heldAt("2026-01-02T00:00:00Z").build();
        beliefs.recordBeliefs(member, post);

        RecordOutcome again = beliefs.recordBeliefs(member, post);

        assertThat(again).isEqualTo(new RecordOutcome.AlreadyKnown());
        assertThat(beliefs.sensorStats(member, power.id())).singleElement()
                .satisfies(s -> assertThat(s.stats().count()).isEqualTo(4));
    }

    @Test
    void an_unchanged_value_posted_again_later_is_already_known() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).build());
        given.clock.advance(Duration.ofHours(1));

        RecordOutcome later = beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).build());

        assertThat(later).isEqualTo(new RecordOutcome.AlreadyKnown());
    }

    @Test
    void refuses_a_replacement_at_the_same_belief_time_and_keeps_the_stored_values() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 4.0)
                .heldAt("2026-01-02T00:00:00Z").build());

        RecordOutcome changed = beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 5.0)
                .heldAt("2026-01-02T00:00:00Z").build());

        assertThat(changed).isInstanceOfSatisfying(RecordOutcome.ReplacementRefused.class, refused -> assertThat(refused.reason())
                .contains("2026-01-01T00:45:00Z").contains("held at 2026-01-02T00:00:00Z").contains("member@acme.org")
                .contains("(4.0)").endsWith("replacing data is not allowed."));
        assertThat(read(aRead())).containsExactly(1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void replaces_a_value_at_the_same_belief_time_when_overwriting_is_allowed() {
        BeliefService overwriting = given.beliefService(true);
        overwriting.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 4.0)
                .heldAt("2026-01-02T00:00:00Z").build());

        RecordOutcome changed = overwriting.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 5.0)
                .heldAt("2026-01-02T00:00:00Z").build());

        assertThat(changed).isEqualTo(new RecordOutcome.Recorded(1));
        assertThat(read(aRead())).containsExactly(1.0, 2.0, 3.0, 5.0);
    }

    @Test
    void spreads_one_value_posted_over_an_hour_onto_every_event_of_the_sensor() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).lasting(Duration.ofHours(1)).withValues(6.0).build());

        assertThat(read(aRead())).containsExactly(6.0, 6.0, 6.0, 6.0);
    }

    @Test
    void converts_posted_energy_into_the_sensors_power() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).lasting(Duration.ofMinutes(30)).withValues(1.0, 2.0)
                .inUnit("kWh").build());

        assertThat(read(aRead().lasting(Duration.ofMinutes(30)))).containsExactly(4.0, 8.0);
    }

    @Test
    void refuses_values_in_a_unit_that_does_not_convert_to_the_sensors() {
        var inPrices = somePostedValues().forSensor(power.id()).inUnit("EUR/MWh").build();

        assertThatThrownBy(() -> beliefs.recordBeliefs(member, inPrices)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("unit");
            assertThat(e.reason()).isEqualTo("Required unit for this sensor is kW, got incompatible unit: EUR/MWh.");
        });
        assertThat(beliefs.sensorStats(member, power.id())).isEmpty();
    }

    @Test
    void refuses_values_whose_spacing_does_not_fit_the_sensors_resolution() {
        var everyTenMinutes = somePostedValues().forSensor(power.id()).lasting(Duration.ofMinutes(30)).withValues(1.0, 2.0, 3.0).build();

        assertThatThrownBy(() -> beliefs.recordBeliefs(member, everyTenMinutes)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("duration"));
    }

    // --- reading ---

    @Test
    void reading_at_a_coarser_resolution_gives_the_mean_of_each_slot() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).lasting(Duration.ofHours(2))
                .withValues(1.0, 2.0, 3.0, 4.0, 10.0, 20.0, null, 30.0).build());

        assertThat(read(aRead().lasting(Duration.ofHours(2)).atResolution(Duration.ofHours(1)))).containsExactly(2.5, 20.0);
    }

    @Test
    void reading_at_a_finer_resolution_repeats_each_value() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).lasting(Duration.ofMinutes(30)).withValues(1.0, 2.0).build());

        assertThat(read(aRead().lasting(Duration.ofMinutes(30)).atResolution(Duration.ofMinutes(5))))
                .containsExactly(1.0, 1.0, 1.0, 2.0, 2.0, 2.0);
    }

    @Test
    void leaves_slots_without_data_empty() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).lasting(Duration.ofMinutes(15)).withValues(7.0).build());

        assertThat(read(aRead())).containsExactly(7.0, null, null, null);
    }

    @Test
    void converts_to_the_unit_asked_for() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 4.0).build());

        assertThat(read(aRead().inUnit("W"))).containsExactly(1000.0, 2000.0, 3000.0, 4000.0);
        assertThat(read(aRead().inUnit("MW"))).satisfiesExactly(v -> assertThat(v).isCloseTo(0.001, within(1e-12)),
                v -> assertThat(v).isCloseTo(0.002, within(1e-12)), v -> assertThat(v).isCloseTo(0.003, within(1e-12)),
                v -> assertThat(v).isCloseTo(0.004, within(1e-12)));
        assertThat(read(aRead().inUnit("kWh").atResolution(Duration.ofMinutes(30)))).containsExactly(0.75, 1.75);
    }

    @Test
    void refuses_a_read_in_a_unit_that_does_not_convert() {
        var inPrices = aRead().ofSensor(power.id()).inUnit("EUR/MWh").build();

        assertThatThrownBy(() -> beliefs.readSensorData(member, inPrices)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("unit");
            assertThat(e.reason()).isEqualTo("The sensor's unit kW cannot be converted to EUR/MWh.");
        });
    }

    @Test
    void refuses_a_resolution_that_does_not_divide_the_period_read() {
        var uneven = aRead().ofSensor(power.id()).lasting(Duration.ofHours(1)).atResolution(Duration.ofMinutes(25)).build();

        assertThatThrownBy(() -> beliefs.readSensorData(member, uneven)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("resolution");
            assertThat(e.reason()).isEqualTo("A duration of PT1H does not divide into slots of PT25M.");
        });
    }

    // --- belief times ---

    @Test
    void the_most_recent_belief_about_an_event_wins() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 1.0, 1.0, 1.0)
                .heldAt("2026-01-01T12:00:00Z").build());
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(2.0, 2.0, 2.0, 2.0)
                .heldAt("2026-01-01T13:00:00Z").build());

        assertThat(read(aRead())).containsExactly(2.0, 2.0, 2.0, 2.0);
        assertThat(read(aRead().atResolution(Duration.ofHours(1)))).containsExactly(2.0);
    }

    @Test
    void a_read_with_prior_sees_only_what_was_believed_by_then() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 1.0, 1.0, 1.0)
                .heldAt("2026-01-01T12:00:00Z").build());
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(2.0, 2.0, 2.0, 2.0)
                .heldAt("2026-01-01T13:00:00Z").build());

        assertThat(read(aRead().prior("2026-01-01T12:30:00Z"))).containsExactly(1.0, 1.0, 1.0, 1.0);
        assertThat(read(aRead().prior("2026-01-01T12:30:00Z").atResolution(Duration.ofHours(1)))).containsExactly(1.0);
        assertThat(read(aRead().prior("2026-01-01T11:59:59Z"))).containsExactly(null, null, null, null);
    }

    @Test
    void a_posted_horizon_dates_the_belief_before_the_events_knowledge_time() {
        Sensor price = given.sensors.registerSensor(given.admin(), aSensor().on(site.id()).named("price").inUnit("EUR/MWh")
                .withResolution(Duration.ofHours(1)).build());
        beliefs.recordBeliefs(member, somePostedValues().forSensor(price.id()).startingAt("2026-05-01T00:00:00Z").withValues(10.0)
                .inUnit("EUR/MWh").withHorizon(Duration.ofHours(24)).build());

        var atPrior = aRead().ofSensor(price.id()).startingAt("2026-05-01T00:00:00Z").inUnit("EUR/MWh");
        // known when the event ends (01:00), so held 24 h before that
        assertThat(beliefs.readSensorData(member, atPrior.prior("2026-04-30T01:00:00Z").build()).values()).containsExactly(10.0);
        assertThat(beliefs.readSensorData(member, atPrior.prior("2026-04-30T00:59:00Z").build()).values()).containsExactly((Double) null);
    }

    @Test
    void a_read_with_a_horizon_sees_only_beliefs_held_that_long_in_advance() {
        Sensor price = given.sensors.registerSensor(given.admin(), aSensor().on(site.id()).named("price").inUnit("EUR/MWh")
                .withResolution(Duration.ofHours(1)).build());
        var forecast = somePostedValues().forSensor(price.id()).startingAt("2026-05-01T00:00:00Z").inUnit("EUR/MWh");
        beliefs.recordBeliefs(member, forecast.withValues(10.0).withHorizon(Duration.ofHours(24)).build());
        beliefs.recordBeliefs(member, forecast.withValues(12.0).withHorizon(Duration.ofHours(1)).build());

        var read = aRead().ofSensor(price.id()).startingAt("2026-05-01T00:00:00Z").inUnit("EUR/MWh");
        assertThat(beliefs.readSensorData(member, read.build()).values()).containsExactly(12.0);
        assertThat(beliefs.readSensorData(member, read.withHorizon(Duration.ofHours(12)).build()).values()).containsExactly(10.0);
    }

    @Test
    void among_two_sources_the_later_belief_wins_and_a_read_can_ask_for_one_source() {
        Actor colleague = given.user("colleague@acme.org", given.acme.id());
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 1.0, 1.0, 1.0)
                .heldAt("2026-01-01T02:00:00Z").build());
        beliefs.recordBeliefs(colleague, somePostedValues().forSensor(power.id()).withValues(2.0, 2.0, 2.0, 2.0)
                .heldAt("2026-01-01T01:00:00Z").build());
        SourceId colleagues = beliefs.sensorStats(member, power.id()).stream()
                .filter(s -> s.source().name().equals("colleague@acme.org")).findFirst().orElseThrow().source().id();

        assertThat(read(aRead())).containsExactly(1.0, 1.0, 1.0, 1.0);
        assertThat(read(aRead().atResolution(Duration.ofHours(1)))).containsExactly(1.0);
        assertThat(read(aRead().fromSources(colleagues))).containsExactly(2.0, 2.0, 2.0, 2.0);
    }

    // --- stats, status, deletion ---

    @Test
    void sums_up_the_data_per_source_named_after_the_poster() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 6.0).build());

        List<SourceStats> stats = beliefs.sensorStats(member, power.id());

        assertThat(stats).singleElement().satisfies(s -> {
            assertThat(s.source().name()).isEqualTo("member@acme.org");
            assertThat(s.source().type()).isEqualTo("user");
            assertThat(s.stats().count()).isEqualTo(4);
            assertThat(s.stats().min()).isEqualTo(1.0);
            assertThat(s.stats().max()).isEqualTo(6.0);
            assertThat(s.stats().mean()).isEqualTo(3.0);
            assertThat(s.stats().firstEventStart()).isEqualTo(TestData.at("2026-01-01T00:00:00Z"));
            assertThat(s.stats().lastEventStart()).isEqualTo(TestData.at("2026-01-01T00:45:00Z"));
            assertThat(s.stats().lastBeliefTime()).isEqualTo(TestClock.START);
        });
    }

    @Test
    void a_sensor_without_data_is_stale_for_want_of_data() {
        List<SourceTypeStatus> status = beliefs.sensorStatus(member, power.id());

        assertThat(status).singleElement().satisfies(s -> {
            assertThat(s.sourceType()).isEmpty();
            assertThat(s.staleness().stale()).isTrue();
            assertThat(s.staleness().reason()).isEqualTo("no data recorded");
        });
    }

    @Test
    void data_is_fresh_until_twice_the_resolution_after_it_became_known() {
        given.clock.set(TestData.at("2026-01-01T01:00:00Z"));
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).build()); // last event known at 01:00

        given.clock.set(TestData.at("2026-01-01T01:30:00Z"));
        assertThat(beliefs.sensorStatus(member, power.id())).singleElement().satisfies(s -> {
            assertThat(s.sourceType()).contains("user");
            assertThat(s.staleness().stale()).isFalse();
            assertThat(s.staleness().staleness()).contains(Duration.ofMinutes(30));
        });
        given.clock.set(TestData.at("2026-01-01T01:31:00Z"));
        assertThat(beliefs.sensorStatus(member, power.id())).singleElement().satisfies(s -> {
            assertThat(s.staleness().stale()).isTrue();
            assertThat(s.staleness().reason()).isEqualTo("most recent data is older than PT30M");
        });
    }

    @Test
    void an_account_admin_deletes_a_sensors_data_and_a_plain_member_may_not() {
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).build());

        assertThatThrownBy(() -> beliefs.deleteSensorData(member, power.id())).isInstanceOf(ForbiddenException.class)
                .hasMessage("You cannot delete asset " + site.id() + ".");
        long deleted = beliefs.deleteSensorData(given.as(ACCOUNT_ADMIN), power.id());

        assertThat(deleted).isEqualTo(4);
        assertThat(read(aRead())).containsExactly(null, null, null, null);
        assertThat(beliefs.sensorStats(member, power.id())).isEmpty();
    }

    // --- who may ---

    @Test
    void a_user_of_another_account_may_neither_read_nor_post() {
        Actor stranger = given.as(STRANGER);
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).build());

        assertThatThrownBy(() -> beliefs.readSensorData(stranger, aRead().ofSensor(power.id()).build()))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot read asset " + site.id() + ".");
        assertThatThrownBy(() -> beliefs.recordBeliefs(stranger, somePostedValues().forSensor(power.id()).withValues(9.0).build()))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot read asset " + site.id() + ".");
        assertThat(read(aRead())).containsExactly(1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void the_accounts_consultant_posts_and_reads_its_data() {
        Actor consultant = given.as(CONSULTANT);

        beliefs.recordBeliefs(consultant, somePostedValues().forSensor(power.id()).build());

        assertThat(beliefs.readSensorData(consultant, aRead().ofSensor(power.id()).build()).values()).containsExactly(1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void an_admin_reader_reads_any_data_but_may_not_post() {
        Actor reader = given.as(ADMIN_READER);
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).build());

        assertThat(beliefs.readSensorData(reader, aRead().ofSensor(power.id()).build()).values()).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThatThrownBy(() -> beliefs.recordBeliefs(reader, somePostedValues().forSensor(power.id()).build()))
                .isInstanceOf(ForbiddenException.class).hasMessage("You cannot create assets in account " + given.acme.id() + ".");
    }

    @Test
    void an_unknown_sensor_is_not_found() {
        SensorId unknown = SensorId.of(999);

        assertThatThrownBy(() -> beliefs.readSensorData(given.admin(), aRead().ofSensor(unknown).build()))
                .isInstanceOf(NotFoundException.class).hasMessage("Sensor 999 not found");
        assertThatThrownBy(() -> beliefs.recordBeliefs(given.admin(), somePostedValues().forSensor(unknown).build()))
                .isInstanceOf(NotFoundException.class).hasMessage("Sensor 999 not found");
    }

    // --- several sensors in one unit of work ---

    @Test
    void records_several_sensors_values_in_one_unit_of_work() {
        Sensor other = given.sensors.registerSensor(given.admin(), aSensor().on(site.id()).named("other power").build());

        RecordOutcome outcome = beliefs.recordBeliefs(member, List.of(
                somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 4.0).build(),
                somePostedValues().forSensor(other.id()).withValues(5.0, 6.0, 7.0, 8.0).build()));

        assertThat(outcome).isEqualTo(new RecordOutcome.Recorded(8));
        assertThat(read(aRead())).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(beliefs.readSensorData(member, aRead().ofSensor(other.id()).build()).values()).containsExactly(5.0, 6.0, 7.0, 8.0);
    }

    @Test
    void a_replacement_refused_for_one_sensor_stores_nothing_for_the_others() {
        Sensor other = given.sensors.registerSensor(given.admin(), aSensor().on(site.id()).named("other power").build());
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(1.0, 2.0, 3.0, 4.0)
                .heldAt("2026-01-02T00:00:00Z").build());

        RecordOutcome outcome = beliefs.recordBeliefs(member, List.of(
                somePostedValues().forSensor(other.id()).withValues(5.0, 6.0, 7.0, 8.0).heldAt("2026-01-02T00:00:00Z").build(),
                somePostedValues().forSensor(power.id()).withValues(9.0, 9.0, 9.0, 9.0).heldAt("2026-01-02T00:00:00Z").build()));

        assertThat(outcome).isInstanceOf(RecordOutcome.ReplacementRefused.class);
        assertThat(beliefs.readSensorData(member, aRead().ofSensor(other.id()).build()).values()).containsOnlyNulls();
        assertThat(read(aRead())).containsExactly(1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void a_sensor_the_actor_may_not_write_refuses_the_whole_batch_before_anything_is_stored() {
        Asset elsewhere = given.assets.registerAsset(given.admin(), anAsset().named("Elsewhere").inAccount(given.other.id()).build());
        Sensor foreign = given.sensors.registerSensor(given.admin(), aSensor().on(elsewhere.id()).build());

        assertThatThrownBy(() -> beliefs.recordBeliefs(member, List.of(
                somePostedValues().forSensor(power.id()).build(),
                somePostedValues().forSensor(foreign.id()).build()))).isInstanceOf(ForbiddenException.class);
        assertThat(read(aRead())).containsOnlyNulls();
    }

    @Test
    void a_read_of_what_was_known_after_the_fact_leaves_forecasts_out() {
        // a forecast held six hours ahead for the whole hour, a measurement for its first half only
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).withValues(7.0, 7.0, 7.0, 7.0)
                .withHorizon(Duration.ofHours(6)).build());
        beliefs.recordBeliefs(member, somePostedValues().forSensor(power.id()).lasting(Duration.ofMinutes(30)).withValues(1.0, 2.0)
                .withHorizon(Duration.ZERO).build());

        assertThat(read(aRead().withHorizonAtMost(Duration.ZERO))).containsExactly(1.0, 2.0, null, null);
        assertThat(read(aRead().withHorizon(Duration.ofHours(1)))).containsExactly(7.0, 7.0, 7.0, 7.0);
        assertThat(read(aRead())).containsExactly(1.0, 2.0, 7.0, 7.0);
        assertThatThrownBy(() -> aRead().ofSensor(power.id()).withHorizon(Duration.ofHours(2)).withHorizonAtMost(Duration.ofHours(1))
                .build()).isInstanceOf(InvalidValueException.class);
    }
}
