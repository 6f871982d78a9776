package io.gridflex.example;

import io.gridflex.adapter.memory.InMemoryStores;
import io.gridflex.application.Gridflex;
import io.gridflex.application.account.port.in.RegisterUserCommand;
import io.gridflex.application.belief.port.in.ReadSensorDataQuery;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.application.community.port.in.ImportReport;
import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.FlexValue;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.application.scheduling.flex.SiteQuantity;
import io.gridflex.application.scheduling.flex.StorageFlexModel;
import io.gridflex.application.scheduling.flex.StorageQuantity;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase.ScheduleState;
import io.gridflex.application.scheduling.port.in.ScheduleTarget;
import io.gridflex.application.scheduling.port.in.TriggerScheduleCommand;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.community.Area;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.community.Settings;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.topology.TopologyNode;
import io.gridflex.domain.unit.Quantity;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * gridflex inside a plain Java program: no server, no database, no framework. Stores in memory,
 * schedules with the planner adapter's solvers. docs/embedding.md shows this file whole.
 */
public final class EmbeddingExample {

    /** What the program found: hourly means of 15-minute readings, a community's grid, a battery's schedule. */
    public record Outcome(List<Double> hourlyMeans, String community, List<String> pathToSubstation, List<Double> schedule,
                          String scheduler) {
    }

    static final AssetTypeId BATTERY = AssetTypeId.of(1); // asset types every store starts with
    static final AssetTypeId SITE = AssetTypeId.of(5);
    static final Instant START = Instant.parse("2026-06-02T10:00:00Z");
    static final Instant KNOWN_AT = Instant.parse("2026-06-01T12:00:00Z"); // when the readings and prices were known

    public static void main(String[] args) {
        System.out.println(run());
    }

    public static Outcome run() {
        try (Gridflex gridflex = Gridflex.builder()
                .stores(InMemoryStores.create()) // every out-port, in memory; or a Stores of your own
                .clock(Clock.systemUTC())
                .build()) {

            // An administrator (the first user of an empty store) and an account with a user of its own
            Actor admin = Actor.of(gridflex.ensureFirstAdmin().ensureFirstAdmin("admin@example.org", "a long admin password")
                    .orElseThrow());
            Account account = gridflex.registerAccount().registerAccount(admin,
                    new NewAccount("Example Energy", Optional.empty(), Set.of()));
            Actor operator = Actor.of(gridflex.registerUser().registerUser(admin, new RegisterUserCommand(account.id(),
                    Email.of("operator@example.org"), "operator", "a long operator password", true, ZoneOffset.UTC,
                    Set.of(Role.ACCOUNT_ADMIN))));

            // A site with a meter (15-minute readings) and day-ahead prices (hourly)
            Asset site = gridflex.registerAsset().registerAsset(operator, new NewAsset("Example site", SITE,
                    Optional.of(account.id()), Optional.empty(), Coordinates.UNKNOWN, Attributes.NONE, Attributes.NONE,
                    Attributes.NONE));
            Sensor meter = gridflex.registerSensor().registerSensor(operator, new NewSensor(site.id(), "grid connection",
                    SensorUnit.of("kW"), Duration.ofMinutes(15), ZoneOffset.UTC, KnowledgeHorizon.EX_POST, Attributes.NONE));
            Sensor prices = gridflex.registerSensor().registerSensor(operator, new NewSensor(site.id(), "day-ahead prices",
                    SensorUnit.of("EUR/MWh"), Duration.ofHours(1), ZoneOffset.UTC, KnowledgeHorizon.EX_POST, Attributes.NONE));

            // Record two hours of 15-minute readings, read them back hourly (each value the mean of its hour)
            gridflex.recordBeliefs().recordBeliefs(operator, new RecordBeliefsCommand(meter.id(), START.minus(Duration.ofHours(2)),
                    Span.exact(Duration.ofHours(2)), List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), SensorUnit.of("kW"),
                    Optional.of(KNOWN_AT), Optional.empty()));
            List<Double> hourlyMeans = gridflex.readSensorData().readSensorData(operator, new ReadSensorDataQuery(meter.id(),
                    START.minus(Duration.ofHours(2)), Span.exact(Duration.ofHours(2)), SensorUnit.of("kW"),
                    Optional.of(Duration.ofHours(1)), Optional.empty(), Optional.empty(), Set.of())).values();
            gridflex.recordBeliefs().recordBeliefs(operator, new RecordBeliefsCommand(prices.id(), START,
                    Span.exact(Duration.ofHours(4)), List.of(10.0, 50.0, 10.0, 50.0), SensorUnit.of("EUR/MWh"),
                    Optional.of(KNOWN_AT), Optional.empty()));

            // A renewable energy community with its grid: the site's meter is a member's meter
            ImportReport imported = importCommunity(gridflex, admin, meter.id());
            if (!imported.refusals().isEmpty()) {
                throw new IllegalStateException("Community refused: " + imported.refusals());
            }
            Community community = gridflex.getCommunity().getCommunity(admin, "example-rec").item();
            List<String> path = gridflex.traceTopology().tracePath(admin, "example-rec", "F1").stream().map(TopologyNode::id)
                    .toList();

            // A battery at the site, its schedule against the prices, run to the end by the job runner
            Asset batteryAsset = gridflex.registerAsset().registerAsset(operator, new NewAsset("Example battery", BATTERY,
                    Optional.of(account.id()), Optional.of(site.id()), Coordinates.UNKNOWN, Attributes.NONE, Attributes.NONE,
                    Attributes.NONE));
            Sensor battery = gridflex.registerSensor().registerSensor(operator, new NewSensor(batteryAsset.id(), "power",
                    SensorUnit.of("kW"), Duration.ofHours(1), ZoneOffset.UTC, KnowledgeHorizon.EX_POST, Attributes.NONE));
            UUID job = triggerSchedule(gridflex, operator, battery.id(), prices.id());
            gridflex.jobRunner().runNextJob(); // claims the job and runs it on this thread; or start(executor, n) workers
            ScheduleState state = gridflex.getSchedule().getSchedule(operator, battery.id(), job,
                    Optional.of(Span.exact(Duration.ofHours(4))), Optional.of(SensorUnit.of("kW")));
            if (!(state instanceof ScheduleState.Ready ready)) {
                throw new IllegalStateException("The schedule is not ready: " + state);
            }
            return new Outcome(hourlyMeans, community.name(), path, ready.schedule().values(), ready.scheduler());
        }
    }

    /**
     * Imports a community as typed values: its grid (an area on primary substation AC001, a
     * secondary substation, feeder F1), a member with a delivery point on F1, and a meter that
     * names our sensor. The registry API reads the same values from a bundle document.
     */
    static ImportReport importCommunity(Gridflex gridflex, Actor admin, SensorId meter) {
        Community community = new Community("example-rec", "Example energy community", Optional.empty(),
                List.of(new Area("north", "North", "AC001", Coordinates.UNKNOWN)),
                new Settings(Optional.of(ZoneId.of("Europe/Rome")), Optional.of("EUR"), Optional.of("kWh"), Optional.of("kW")),
                Attributes.NONE, Attributes.NONE);
        GridTopology grid = GridTopology.of(List.of(
                new TopologyNode("AC001", TopologyNode.Type.PRIMARY_SUBSTATION, Optional.of("Primary substation"), Optional.empty(), Optional.empty()),
                new TopologyNode("SS1", TopologyNode.Type.SECONDARY_SUBSTATION, Optional.of("Secondary substation"), Optional.empty(),
                        Optional.of("AC001")),
                new TopologyNode("F1", TopologyNode.Type.FEEDER, Optional.of("Feeder 1"), Optional.empty(), Optional.of("SS1"))), Set.of("AC001"));
        Member member = new Member("m01", "example-rec-m01", Optional.empty(), "Example Energy", Optional.of("schema:Organization"),
                Member.Role.PROSUMER, "north", Member.Status.ACTIVE, List.of(new DeliveryPoint("IT001E0001", DeliveryPoint.Type.POD,
                Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.of("F1"))));
        CommunityAsset gridMeter = new CommunityAsset("meter-1", CommunityAsset.Type.METER, "Grid connection", "m01",
                Optional.of(Long.toString(meter.value())), Attributes.of(Map.of("meter_type", "bidirectional", "pod", "IT001E0001")));
        CommunityRegister register = new CommunityRegister(community, grid, List.of(member), List.of(gridMeter));
        return gridflex.importCommunity().importCommunity(admin, ImportCommunityCommand.of(register, false, false));
    }

    /**
     * Queues a schedule for a 1 MW / 1 MWh battery, empty at the start, for four hours against the
     * price sensor: a typed command, the very one the FlexMeasures API builds from its request.
     */
    static UUID triggerSchedule(Gridflex gridflex, Actor actor, SensorId battery, SensorId prices) {
        StorageFlexModel flexModel = new StorageFlexModel(Map.of(
                StorageQuantity.SOC_AT_START, fixed(0, "MWh"), StorageQuantity.SOC_MIN, fixed(0, "MWh"),
                StorageQuantity.SOC_MAX, fixed(1, "MWh"), StorageQuantity.POWER_CAPACITY, fixed(1, "MW")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        SiteFlexContext flexContext = new SiteFlexContext(Map.of(SiteQuantity.CONSUMPTION_PRICE, new FlexValue.FromSensor(prices)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        TriggerScheduleCommand command = new TriggerScheduleCommand(new ScheduleTarget.OfSensor(battery), START,
                Optional.of(Duration.ofHours(4)), Optional.empty(), Optional.of(START),
                List.of(new FlexDevice(battery, flexModel)), flexContext, false, false);
        return gridflex.triggerSchedule().trigger(actor, command);
    }

    private static FlexValue.Fixed fixed(double value, String unit) {
        return new FlexValue.Fixed(new Quantity(value, SensorUnit.of(unit)));
    }
}
