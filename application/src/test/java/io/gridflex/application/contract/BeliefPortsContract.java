package io.gridflex.application.contract;

import static io.gridflex.application.contract.TestAccounts.account;
import static io.gridflex.application.contract.TestAssets.asset;
import static io.gridflex.application.contract.TestAssets.sensor;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.belief.port.out.BeliefQuery;
import io.gridflex.application.belief.query.BeliefStats;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.User;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.belief.Belief;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.sensor.Sensor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of the belief and source ports must do. */
public abstract class BeliefPortsContract {

    protected abstract StoreFixture fixture();

    static final Instant T0 = Instant.parse("2026-03-29T00:00:00Z");
    static final Duration Q = Duration.ofMinutes(15);

    private Sensor power;
    private Sensor other;
    private DataSource ann;
    private DataSource forecaster;

    @BeforeEach
    void sensorAndSources() {
        Account acme = fixture().saveAccount().createAccount(account("ACME"));
        User user = fixture().saveUser().createUser(TestAccounts.user(acme.id(), "ann@acme.org"));
        Asset battery = fixture().saveAsset().createAsset(asset("Battery", fixture().loadAssetTypes().listAssetTypes().get(0),
                Optional.of(acme.id()), Optional.empty()));
        power = fixture().saveSensor().createSensor(sensor(battery.id(), "power", "kW"));
        other = fixture().saveSensor().createSensor(sensor(battery.id(), "soc", "%"));
        ann = fixture().sources().findOrRegisterSource(DataSource.DataSourceDescription.ofUser(user.id(), user.username()));
        forecaster = fixture().sources().findOrRegisterSource(new DataSource.DataSourceDescription("forecaster", "forecaster",
                Optional.of("linear"), Optional.of("2"), Optional.empty()));
    }

    private Belief belief(Sensor sensor, int slot, Instant beliefTime, DataSource source, double value) {
        return Belief.deterministic(sensor.id(), T0.plus(Q.multipliedBy(slot)), beliefTime, source.id(), value);
    }

    private List<Belief> search(Instant from, Instant until, Optional<Instant> prior, Set<DataSource> sources, boolean mostRecent) {
        return fixture().loadBeliefs().searchBeliefs(new BeliefQuery(power.id(), from, until, prior,
                sources.stream().map(DataSource::id).collect(java.util.stream.Collectors.toSet()), mostRecent));
    }

    @Test
    void registers_a_source_once() {
        DataSource again = fixture().sources().findOrRegisterSource(ann.description());

        assertThat(again).isEqualTo(ann);
        assertThat(forecaster.id()).isNotEqualTo(ann.id());
        assertThat(fixture().sources().findSources(List.of(forecaster.id(), ann.id()))).containsExactly(ann, forecaster);
    }

    @Test
    void finds_beliefs_in_a_window_before_a_prior_and_by_source() {
        Instant early = T0.minus(Duration.ofDays(1));
        Instant late = T0.minus(Duration.ofHours(1));
        Belief a = belief(power, 0, early, ann, 1);
        Belief b = belief(power, 0, late, ann, 2);
        Belief c = belief(power, 1, late, forecaster, 3);
        Belief d = belief(power, 4, late, ann, 4);
        Belief elsewhere = belief(other, 0, late, ann, 5);
        assertThat(fixture().appendBeliefs().appendBeliefs(List.of(d, c, b, a, elsewhere), false)).isEqualTo(5);

        Instant windowEnd = T0.plus(Q.multipliedBy(4));
        assertThat(search(T0, windowEnd, Optional.empty(), Set.of(), false)).containsExactly(a, b, c);
        assertThat(search(T0, windowEnd, Optional.empty(), Set.of(), true)).containsExactly(b, c);
        assertThat(search(T0, windowEnd, Optional.of(early), Set.of(), true)).containsExactly(a);
        assertThat(search(T0, windowEnd.plus(Q), Optional.empty(), Set.of(forecaster), false)).containsExactly(c);
    }

    @Test
    void stores_nothing_twice_and_replaces_only_when_asked() {
        Belief first = belief(power, 0, T0, ann, 1);
        fixture().appendBeliefs().appendBeliefs(List.of(first), false);

        assertThat(fixture().appendBeliefs().appendBeliefs(List.of(belief(power, 0, T0, ann, 9)), false)).isZero();
        assertThat(search(T0, T0.plus(Q), Optional.empty(), Set.of(), false)).containsExactly(first);

        fixture().appendBeliefs().appendBeliefs(List.of(belief(power, 0, T0, ann, 9)), true);
        assertThat(search(T0, T0.plus(Q), Optional.empty(), Set.of(), false)).extracting(Belief::value).containsExactly(9.0);
    }

    @Test
    void keeps_probabilistic_beliefs_apart() {
        List<Belief> quantiles = List.of(new Belief(power.id(), T0, T0, forecaster.id(), 0.1, 1),
                new Belief(power.id(), T0, T0, forecaster.id(), 0.5, 2), new Belief(power.id(), T0, T0, forecaster.id(), 0.9, 3));

        fixture().appendBeliefs().appendBeliefs(quantiles, false);

        assertThat(search(T0, T0.plus(Q), Optional.empty(), Set.of(), true)).containsExactlyInAnyOrderElementsOf(quantiles);
    }

    @Test
    void writes_many_beliefs_at_once_and_deletes_a_sensors_data() {
        List<Belief> year = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            year.add(belief(power, i, T0.minusSeconds(60), ann, i % 97));
        }

        assertThat(fixture().appendBeliefs().appendBeliefs(year, false)).isEqualTo(25_000);
        fixture().appendBeliefs().appendBeliefs(List.of(belief(other, 0, T0, ann, 1)), false);
        assertThat(search(T0, T0.plus(Q.multipliedBy(25_000)), Optional.empty(), Set.of(), true)).hasSize(25_000);

        assertThat(fixture().deleteBeliefs().deleteBeliefs(power.id())).isEqualTo(25_000);
        assertThat(search(T0, T0.plus(Q.multipliedBy(25_000)), Optional.empty(), Set.of(), false)).isEmpty();
        assertThat(fixture().loadBeliefs().searchBeliefs(new BeliefQuery(other.id(), T0, T0.plus(Q), Optional.empty(),
                Set.of(), false))).hasSize(1);
    }

    @Test
    void deleting_the_sensor_deletes_its_beliefs() {
        fixture().appendBeliefs().appendBeliefs(List.of(belief(power, 0, T0, ann, 1)), false);

        fixture().saveSensor().deleteSensor(power.id());

        assertThat(search(T0, T0.plus(Q), Optional.empty(), Set.of(), false)).isEmpty();
    }

    @Test
    void sums_up_the_most_recent_beliefs_per_source() {
        fixture().appendBeliefs().appendBeliefs(List.of(belief(power, 0, T0.minusSeconds(7200), ann, 100),
                belief(power, 0, T0.minusSeconds(3600), ann, 1), belief(power, 1, T0, ann, 3), belief(power, 2, T0, forecaster, 5)),
                false);

        List<BeliefStats> stats = fixture().beliefStats().beliefStats(power.id());

        assertThat(stats).hasSize(2);
        BeliefStats annStats = stats.get(0);
        assertThat(annStats.source()).isEqualTo(ann.id());
        assertThat(annStats.count()).isEqualTo(2);
        assertThat(annStats.min()).isEqualTo(1);
        assertThat(annStats.max()).isEqualTo(3);
        assertThat(annStats.sum()).isEqualTo(4);
        assertThat(annStats.mean()).isEqualTo(2);
        assertThat(annStats.firstEventStart()).isEqualTo(T0);
        assertThat(annStats.lastEventStart()).isEqualTo(T0.plus(Q));
        assertThat(annStats.lastBeliefTime()).isEqualTo(T0);
    }

    @Test
    void averages_the_most_recent_belief_per_event_into_slots_where_one_source_speaks() {
        Instant hour = T0.plus(Duration.ofHours(1));
        fixture().appendBeliefs().appendBeliefs(List.of(belief(power, 0, T0.minusSeconds(7200), ann, 100),
                belief(power, 0, T0.minusSeconds(3600), ann, 1), belief(power, 1, T0, ann, 2), belief(power, 2, T0, ann, 3),
                belief(power, 3, T0, ann, 6), belief(power, 5, T0, ann, 10),
                new Belief(power.id(), T0.plus(Q.multipliedBy(6)), T0, ann.id(), 0.1, 0),
                new Belief(power.id(), T0.plus(Q.multipliedBy(6)), T0, ann.id(), 0.5, 20)), false);

        EventGrid hours = new EventGrid(T0, Duration.ofHours(1), 3);
        double[] means = fixture().aggregateBeliefs().slotMeansOfSingleSource(new BeliefQuery(power.id(), T0,
                T0.plus(Duration.ofHours(3)), Optional.empty(), Set.of(), true), hours, Q).orElseThrow();

        assertThat(means).as("slots at %s and %s, none after", T0, hour).containsExactly(3.0, 15.0, Double.NaN);

        double[] before = fixture().aggregateBeliefs().slotMeansOfSingleSource(new BeliefQuery(power.id(), T0, T0.plus(Q),
                Optional.of(T0.minusSeconds(5000)), Set.of(), true), new EventGrid(T0, Duration.ofHours(1), 1), Q).orElseThrow();
        assertThat(before).containsExactly(100.0);

        fixture().appendBeliefs().appendBeliefs(List.of(belief(power, 2, T0, forecaster, 4)), false);
        assertThat(fixture().aggregateBeliefs().slotMeansOfSingleSource(new BeliefQuery(power.id(), T0,
                T0.plus(Duration.ofHours(3)), Optional.empty(), Set.of(), true), hours, Q)).isEmpty();
    }

    @Test
    void averages_a_series_posted_in_parts_then_revised_then_joined_by_another_source() {
        append(belief(power, 0, T0, ann, 1), belief(power, 1, T0, ann, 3));
        append(belief(power, 2, T0, ann, 5), belief(power, 3, T0, ann, 7));
        assertThat(hourlyMeans()).isEqualTo(Optional.of(List.of(4.0)));

        append(belief(power, 3, T0.plusSeconds(60), ann, 11)); // a later belief about one event replaces it in the mean
        assertThat(hourlyMeans()).isEqualTo(Optional.of(List.of(5.0)));
        append(belief(power, 3, T0.plusSeconds(120), ann, 15), belief(power, 3, T0.plusSeconds(90), ann, 0));
        assertThat(hourlyMeans()).isEqualTo(Optional.of(List.of(6.0)));

        fixture().deleteBeliefs().deleteBeliefs(power.id());
        assertThat(hourlyMeans()).isEqualTo(Optional.of(List.of(Double.NaN)));
        append(belief(power, 0, T0, ann, 2));
        assertThat(hourlyMeans()).isEqualTo(Optional.of(List.of(2.0)));
        append(belief(power, 1, T0, forecaster, 4)); // two sources in one slot: the caller selects
        assertThat(hourlyMeans()).isEmpty();
    }

    @Test
    void averages_the_median_once_a_series_turns_probabilistic_or_leaves_it_to_the_caller() {
        append(belief(power, 0, T0, ann, 2), belief(power, 1, T0, ann, 4));
        Instant later = T0.plusSeconds(60);
        append(new Belief(power.id(), T0.plus(Q), later, ann.id(), 0.1, 0), new Belief(power.id(), T0.plus(Q), later, ann.id(), 0.5, 10),
                new Belief(power.id(), T0.plus(Q), later, ann.id(), 0.9, 100));
        // the port may answer empty here; where it answers, only the new median counts
        hourlyMeans().ifPresent(means -> assertThat(means).isEqualTo(List.of(6.0)));
    }

    @Test
    void places_a_series_without_gaps_as_it_groups_one_with_gaps() {
        append(belief(power, 0, T0, ann, 1), belief(power, 1, T0, ann, 3), belief(power, 2, T0, ann, 5), belief(power, 3, T0, ann, 7),
                belief(power, 4, T0, ann, 9), belief(power, 5, T0, ann, 11));
        // half-hour slots from a quarter past: [0:15, 0:45) holds events 1 and 2, [0:45, 1:15) 3 and 4, [1:15, 1:45) 5
        EventGrid halfHours = new EventGrid(T0.plus(Q), Duration.ofMinutes(30), 4);
        assertThat(slotMeans(T0, halfHours)).containsExactly(4.0, 8.0, 11.0, Double.NaN);
        append(belief(power, 7, T0, ann, 21)); // a gap at event 6
        assertThat(slotMeans(T0, halfHours)).containsExactly(4.0, 8.0, 11.0, 21.0);
        assertThat(slotMeans(T0.plus(Duration.ofHours(3)), new EventGrid(T0.plus(Duration.ofHours(3)), Duration.ofHours(1), 2)))
                .containsExactly(Double.NaN, Double.NaN);
    }

    private double[] slotMeans(Instant from, EventGrid slots) {
        return fixture().aggregateBeliefs().slotMeansOfSingleSource(new BeliefQuery(power.id(), from, slots.end(), Optional.empty(),
                Set.of(), true), slots, Q).orElseThrow();
    }

    private void append(Belief... beliefs) {
        fixture().appendBeliefs().appendBeliefs(List.of(beliefs), false);
    }

    private Optional<List<Double>> hourlyMeans() {
        return fixture().aggregateBeliefs().slotMeansOfSingleSource(new BeliefQuery(power.id(), T0, T0.plus(Duration.ofHours(1)),
                Optional.empty(), Set.of(), true), new EventGrid(T0, Duration.ofHours(1), 1), Q)
                .map(means -> java.util.Arrays.stream(means).boxed().toList());
    }
}
