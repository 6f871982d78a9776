package io.gridflex.adapter.memory.usecase;

import io.gridflex.application.scheduling.flex.SiteQuantity;
import io.gridflex.application.scheduling.flex.StorageQuantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.adapter.memory.InMemoryStores;
import io.gridflex.adapter.memory.Pbkdf2PasswordHasher;
import io.gridflex.application.account.port.in.RegisterUserCommand;
import io.gridflex.application.account.service.AccountService;
import io.gridflex.application.account.service.AuthenticationService;
import io.gridflex.application.account.service.UserService;
import io.gridflex.application.belief.service.BeliefService;
import io.gridflex.application.contract.TestAssets;
import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.FlexValue;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.application.scheduling.flex.StorageFlexModel;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase.ScheduleState;
import io.gridflex.application.scheduling.port.in.ScheduleTarget;
import io.gridflex.application.scheduling.port.in.TriggerScheduleCommand;
import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.application.scheduling.service.SchedulerRegistry;
import io.gridflex.application.scheduling.service.SchedulingService;
import io.gridflex.adapter.memory.InMemoryTokenIssuer;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.User;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.unit.Quantity;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduling's use cases on the in-memory adapter, triggered with typed commands as any API would build them. */
class SchedulingServiceTest {

    static final Instant START = Instant.parse("2026-06-02T10:00:00Z");

    /** A scheduler that answers what the test tells it to, and remembers the problems it was given. */
    static final class TestScheduler implements Scheduler {
        final List<SchedulingProblem> asked = new ArrayList<>();
        Function<SchedulingProblem, Solution> answer = problem -> new Solution(new Schedule(problem.devices().stream()
                .map(d -> Profile.constant(problem.horizon().count(), 0.0)).toList()), "idle", 0);

        @Override
        public String name() {
            return "TestScheduler";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public boolean canSchedule(SchedulingProblem problem) {
            return true;
        }

        @Override
        public Solution solve(SchedulingProblem problem) {
            asked.add(problem);
            return answer.apply(problem);
        }
    }

    private final TestClock clock = new TestClock();

    {
        clock.set(Instant.parse("2026-06-01T08:00:00Z"));
    }

    private final InMemoryStores stores = new InMemoryStores();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);
    private final AuthenticationService authentication = new AuthenticationService(stores.accounts, stores.accounts,
            stores.accounts, stores.accounts, stores.auditLog, hasher, new InMemoryTokenIssuer(), stores.transactions, clock,
            Duration.ofHours(6));
    private final UserService users = new UserService(stores.accounts, stores.accounts, stores.accounts, stores.auditLog,
            stores.auditLog, hasher, stores.transactions, clock);
    private final AccountService accounts = new AccountService(stores.accounts, stores.accounts, stores.countAccountHoldings(), stores.accounts,
            stores.auditLog, stores.transactions, clock);
    private final BeliefService beliefs = new BeliefService(stores.assets, stores.assets, stores.accounts, stores.accounts,
            stores.beliefs, stores.beliefs, stores.beliefs, stores.beliefs, stores.beliefs, stores.beliefs, stores.transactions,
            clock, false);
    private final TestScheduler scheduler = new TestScheduler();
    private final ExecutorService solving = Executors.newSingleThreadExecutor();
    private final SchedulingService scheduling = new SchedulingService(stores.assets, stores.assets, stores.accounts,
            stores.accounts, beliefs, stores.beliefs, stores.beliefs, stores.schedulingJobs, new SchedulerRegistry(List.of(scheduler)),
            stores.transactions, solving, clock, SchedulingService.Settings.flexMeasuresDefaults());

    private Actor ann;
    private Asset site;
    private Sensor battery;
    private Asset elsewhere;

    @BeforeEach
    void aSiteWithABatteryWhoseFlexModelIsStored() {
        Actor admin = Actor.of(authentication.ensureFirstAdmin("root@example.org", "root-password").orElseThrow());
        Account acme = accounts.registerAccount(admin, new NewAccount("ACME", Optional.empty(), Set.of()));
        Account other = accounts.registerAccount(admin, new NewAccount("Other", Optional.empty(), Set.of()));
        User user = users.registerUser(admin, new RegisterUserCommand(acme.id(), Email.of("ann@acme.org"), null, "password-ann",
                true, ZoneId.of("UTC"), Set.of()));
        ann = Actor.of(user);
        AssetType type = stores.assets.createAssetType("test-battery", Optional.empty());
        site = stores.assets.createAsset(new NewAsset("Site", type.id(), Optional.of(acme.id()), Optional.empty(),
                Coordinates.UNKNOWN, Attributes.NONE, Attributes.of(Map.of("consumption-price", "50 EUR/MWh")),
                Attributes.of(Map.of("soc-max", "40 kWh", "soc-at-start", "10 kWh", "power-capacity", "10 kW"))));
        battery = stores.assets.createSensor(TestAssets.sensor(site.id(), "power", "MW"));
        elsewhere = stores.assets.createAsset(TestAssets.asset("Other site", type, Optional.of(other.id()), Optional.empty()));
        stores.assets.createSensor(TestAssets.sensor(elsewhere.id(), "power", "MW"));
    }

    @AfterEach
    void stopSolving() {
        solving.shutdownNow();
    }

    private TriggerScheduleCommand twoHours() {
        return new TriggerScheduleCommand(new ScheduleTarget.OfSensor(battery.id()), START, Optional.of(Duration.ofHours(2)),
                Optional.empty(), Optional.empty(), List.of(), SiteFlexContext.NONE, false, false);
    }

    private TriggerScheduleCommand withBattery(TriggerScheduleCommand command, StorageFlexModel model) {
        return command.withFlexModels(List.of(new FlexDevice(battery.id(), model)));
    }

    private static FlexValue.Fixed quantity(String text) {
        return new FlexValue.Fixed(Quantity.parse("test", text));
    }

    @Test
    void refuses_a_typed_field_that_does_not_fit_naming_it() {
        TriggerScheduleCommand varyingMax = withBattery(twoHours(), StorageFlexModel.NONE.with(StorageQuantity.SOC_MAX,
                new FlexValue.Series(List.of(new FlexValue.Segment(START, START.plusSeconds(3600), quantity("30 kWh"))))));

        assertThatThrownBy(() -> scheduling.trigger(ann, varyingMax))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("flex-model.soc-max")
                .hasMessageContaining("Must be a fixed quantity");
        assertThatThrownBy(() -> scheduling.trigger(ann, twoHours().withFlexContext(SiteFlexContext.NONE
                .with(SiteQuantity.SITE_PEAK_CONSUMPTION, new FlexValue.FromSensor(battery.id())))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("flex-context.site-peak-consumption");
    }

    @Test
    void refuses_to_schedule_another_accounts_asset() {
        TriggerScheduleCommand theirs = new TriggerScheduleCommand(new ScheduleTarget.OfAsset(elsewhere.id()), START,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(new FlexDevice(battery.id(), StorageFlexModel.NONE)),
                SiteFlexContext.NONE, false, false);

        assertThatThrownBy(() -> scheduling.trigger(ann, theirs)).isInstanceOf(ForbiddenException.class);
        assertThat(scheduling.runNextJob("worker-1")).as("nothing queued").isFalse();
    }

    @Test
    void a_triggered_job_runs_to_its_end_and_its_schedule_reads_back() {
        scheduler.answer = problem -> new Solution(new Schedule(List.of(Profile.of(0.01, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0))),
                "fixed", 0);
        UUID job = scheduling.trigger(ann, twoHours());

        assertThat(scheduling.getSchedule(ann, battery.id(), job, Optional.empty(), Optional.empty()))
                .isInstanceOf(ScheduleState.Waiting.class);
        assertThat(scheduling.runNextJob("worker-1")).isTrue();
        assertThat(scheduling.runNextJob("worker-1")).as("one job, run once").isFalse();

        ScheduleState state = scheduling.getSchedule(ann, battery.id(), job, Optional.empty(), Optional.of(SensorUnit.of("kW")));
        assertThat(state).isInstanceOf(ScheduleState.Ready.class);
        ScheduleState.Ready ready = (ScheduleState.Ready) state;
        assertThat(ready.scheduler()).isEqualTo("TestScheduler");
        assertThat(ready.schedule().values()).hasSize(8);
        assertThat(ready.schedule().values().get(0)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void a_job_whose_scheduler_fails_ends_failed_with_the_reason() {
        scheduler.answer = problem -> {
            throw new InfeasibleProblemException("the battery cannot reach its target");
        };
        UUID job = scheduling.trigger(ann, twoHours());
        scheduling.runNextJob("worker-1");

        assertThat(scheduling.getSchedule(ann, battery.id(), job, Optional.empty(), Optional.empty()))
                .isEqualTo(new ScheduleState.Failed("Scheduling job failed with InfeasibleProblemException: "
                        + "the battery cannot reach its target"));

        scheduler.answer = problem -> {
            throw new IllegalStateException("bug");
        };
        UUID broken = scheduling.trigger(ann, twoHours().forcingNewJob()); // the same trigger would get the failed job back
        scheduling.runNextJob("worker-1");
        assertThat(scheduling.getSchedule(ann, battery.id(), broken, Optional.empty(), Optional.empty()))
                .isEqualTo(new ScheduleState.Failed("Scheduling job failed: IllegalStateException."));
    }

    @Test
    void an_identical_trigger_within_the_hour_gets_its_job_back_unless_forced() {
        UUID first = scheduling.trigger(ann, twoHours());
        assertThat(scheduling.trigger(ann, twoHours())).isEqualTo(first);
        UUID forced = scheduling.trigger(ann, twoHours().forcingNewJob());
        assertThat(forced).isNotEqualTo(first);
        assertThat(scheduling.trigger(ann, twoHours())).as("the newest job of that trigger").isEqualTo(forced);

        clock.advance(Duration.ofMinutes(61));
        assertThat(scheduling.trigger(ann, twoHours())).isNotEqualTo(first).isNotEqualTo(forced);
    }

    @Test
    void refuses_to_write_the_stock_schedule_to_a_sensor_the_caller_may_not_write_to() {
        Sensor theirs = stores.assets.createSensor(new NewSensor(elsewhere.id(), "soc", SensorUnit.of("kWh"), Duration.ZERO,
                ZoneId.of("UTC"), KnowledgeHorizon.EX_POST, Attributes.NONE));
        TriggerScheduleCommand command = withBattery(twoHours(), StorageFlexModel.NONE
                .with(StorageQuantity.SOC_AT_START, quantity("10 kWh"))
                .with(StorageQuantity.STATE_OF_CHARGE, new FlexValue.FromSensor(theirs.id())));
        assertThatThrownBy(() -> scheduling.trigger(ann, command)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_assets_stored_flex_model_fills_what_the_command_leaves_out() {
        scheduling.trigger(ann, withBattery(twoHours(), StorageFlexModel.NONE.with(StorageQuantity.SOC_AT_START, quantity("20 kWh"))));
        scheduling.runNextJob("worker-1");

        assertThat(scheduler.asked).hasSize(1);
        var device = scheduler.asked.get(0).devices().get(0);
        assertThat(device.socMax()).as("stored soc-max, in MWh").isCloseTo(0.04, within(1e-12));
        assertThat(device.socAtStart()).as("the command's soc-at-start wins").isCloseTo(0.02, within(1e-12));
    }
}
