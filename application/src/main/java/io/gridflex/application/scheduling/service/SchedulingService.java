package io.gridflex.application.scheduling.service;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.service.AssetAccess;
import io.gridflex.application.belief.port.in.ReadSensorDataQuery;
import io.gridflex.application.belief.port.in.ReadSensorDataUseCase;
import io.gridflex.application.belief.port.in.SensorData;
import io.gridflex.application.belief.port.out.AppendBeliefsPort;
import io.gridflex.application.belief.port.out.SourcesPort;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase;
import io.gridflex.application.scheduling.port.in.RunSchedulingJobsUseCase;
import io.gridflex.application.scheduling.port.in.ScheduleTarget;
import io.gridflex.application.scheduling.port.in.TriggerScheduleCommand;
import io.gridflex.application.scheduling.port.in.TriggerScheduleUseCase;
import io.gridflex.application.scheduling.flex.DeviceFlexModel;
import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.flex.ProcessFlexModel;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.application.scheduling.flex.StorageFlexModel;
import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.SchedulingJob;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetLineage;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.belief.Belief;
import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.belief.Resampling;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import io.gridflex.domain.unit.UnitConversion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleUnaryOperator;

/**
 * Scheduling as FlexMeasures serves it: triggers are checked and queued, workers of any instance
 * claim and run the jobs, finished schedules are stored as beliefs of each device's power sensor
 * (held by a scheduler data source, at the job's belief time) and read back from there.
 */
public final class SchedulingService implements TriggerScheduleUseCase, GetScheduleUseCase, RunSchedulingJobsUseCase {

    /** How a schedule is limited and how long a job may run. */
    public record Settings(Duration planningHorizon, int maxSteps, Duration jobTimeout) {
        public Settings {
            if (planningHorizon.isNegative() || planningHorizon.isZero() || maxSteps < 1 || maxSteps > SchedulingProblem.MAX_STEPS
                    || jobTimeout.isNegative() || jobTimeout.isZero()) {
                throw new IllegalArgumentException("Scheduling settings out of range: " + planningHorizon + ", " + maxSteps
                        + " steps, timeout " + jobTimeout + ".");
            }
        }

        public static Settings flexMeasuresDefaults() {
            return new Settings(Duration.ofHours(48), SchedulingProblem.MAX_STEPS, Duration.ofMinutes(3));
        }
    }

    private static final System.Logger LOG = System.getLogger(SchedulingService.class.getName());
    private static final Duration DEFAULT_READ = Duration.ofHours(6);
    private static final double TOLERANCE = 1e-6;

    private final LoadSensorsPort sensors;
    private final LoadAssetsPort assets;
    private final AssetAccess access;
    private final LoadUsersPort users;
    private final ReadSensorDataUseCase readData;
    private final SourcesPort sources;
    private final AppendBeliefsPort appendBeliefs;
    private final SchedulingJobsPort jobs;
    private final SchedulerRegistry schedulers;
    private final TransactionPort transactions;
    private final ExecutorService solving;
    private final Clock clock;
    private final Settings settings;

    public SchedulingService(LoadSensorsPort sensors, LoadAssetsPort assets, LoadAccountsPort accounts, LoadUsersPort users,
                             ReadSensorDataUseCase readData, SourcesPort sources, AppendBeliefsPort appendBeliefs,
                             SchedulingJobsPort jobs, SchedulerRegistry schedulers, TransactionPort transactions,
                             ExecutorService solving, Clock clock, Settings settings) {
        this.sensors = sensors;
        this.assets = assets;
        this.access = new AssetAccess(assets, accounts);
        this.users = users;
        this.readData = readData;
        this.sources = sources;
        this.appendBeliefs = appendBeliefs;
        this.jobs = jobs;
        this.schedulers = schedulers;
        this.transactions = transactions;
        this.solving = solving;
        this.clock = clock;
        this.settings = settings;
    }

    /** A job's lease: a job claimed longer ago than this, and not ended, is claimed again. */
    public Duration lease() {
        return settings.jobTimeout().plusMinutes(1);
    }

    // ---- trigger

    @Override
    public UUID trigger(Actor actor, TriggerScheduleCommand command) {
        AssetId assetId;
        List<FlexDevice> requested;
        if (command.target() instanceof ScheduleTarget.OfSensor of) {
            SensorId sensorId = of.sensor();
            assetId = sensors.findSensor(sensorId).orElseThrow(() -> new NotFoundException("Sensor " + sensorId + " not found."))
                    .assetId();
            if (command.flexModels().size() > 1) {
                throw new InvalidValueException("flex-model", "Must be an object: the flex-model of sensor " + sensorId + ".");
            }
            requested = command.flexModels().isEmpty() ? List.of(new FlexDevice(sensorId, StorageFlexModel.NONE))
                    : command.flexModels();
            if (!requested.get(0).sensor().equals(sensorId)) {
                throw new InvalidValueException("flex-model.sensor", "Names another sensor than the one scheduled (" + sensorId + ").");
            }
        } else {
            assetId = ((ScheduleTarget.OfAsset) command.target()).asset();
            access.existing(assetId);
            if (command.flexModels().isEmpty()) {
                throw new InvalidValueException("flex-model", "Must be a list of flex-models, one per device, each naming its sensor.");
            }
            requested = command.flexModels();
        }
        Asset asset = access.extendable(actor, assetId); // schedules are data written under the asset
        Instant start = command.start();
        Duration duration = command.duration().orElse(settings.planningHorizon());

        // each device: its sensor under the asset, its stored flex-model overridden field by field by the request's
        List<FlexDevice> merged = new ArrayList<>();
        List<FlexModel> storage = new ArrayList<>();
        List<Sensor> deviceSensors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String path = ScheduleRequest.pathOf(i, requested.size());
            SensorId sensorId = requested.get(i).sensor();
            Sensor sensor = sensors.findSensor(sensorId).orElseThrow(() ->
                    new InvalidValueException(path + ".sensor", "Sensor " + sensorId + " does not exist."));
            AssetLineage lineage = assets.findLineage(sensor.assetId()).orElseThrow(() ->
                    new NotFoundException("Asset " + sensor.assetId() + " not found."));
            if (!lineage.contains(asset.id())) {
                throw new InvalidValueException(path + ".sensor", "Sensor " + sensorId + " does not belong to asset "
                        + asset.id() + " or its descendants.");
            }
            if (sensor.isInstantaneous()) {
                throw new InvalidValueException(path + ".sensor", "Sensor " + sensorId
                        + " is instantaneous; a device's power sensor needs an event resolution.");
            }
            DeviceFlexModel given = requested.get(i).flexModel();
            Map<String, Object> stored = stored(lineage.effectiveFlexModel(), given instanceof ProcessFlexModel
                    ? FlexDocuments.PROCESS_FIELDS : FlexDocuments.STORAGE_FIELDS, FlexDocuments.write(given).keySet());
            DeviceFlexModel model = given instanceof ProcessFlexModel process
                    ? process.over(FlexDocuments.process(path, stored))
                    : ((StorageFlexModel) given).over(FlexDocuments.storage(path, stored));
            if (model instanceof StorageFlexModel device) {
                storage.add(FlexModel.check(path, sensorId, device)); // its targets may lengthen the horizon
            }
            merged.add(new FlexDevice(sensorId, model));
            deviceSensors.add(sensor);
        }
        SiteFlexContext context = command.flexContext().over(FlexDocuments.context(stored(
                assets.findLineage(asset.id()).orElseThrow().effectiveFlexContext(), FlexDocuments.CONTEXT_FIELDS,
                FlexDocuments.write(command.flexContext()).keySet())));

        Duration resolution = command.resolution().orElseGet(() -> deviceSensors.stream().map(Sensor::eventResolution)
                .max(Duration::compareTo).orElseThrow());
        if (resolution.isZero() || resolution.isNegative()) {
            throw new InvalidValueException("resolution", "Must be positive.");
        }
        for (Sensor sensor : deviceSensors) {
            if (resolution.toNanos() % sensor.eventResolution().toNanos() != 0) {
                throw new InvalidValueException("resolution", "A schedule at " + resolution + " cannot be stored on sensor "
                        + sensor.id() + ", whose resolution is " + sensor.eventResolution() + ".");
            }
        }
        if (!EventGrid.floor(start, resolution).equals(start)) {
            throw new InvalidValueException("start", start + " does not begin a step of " + resolution + ".");
        }
        Instant end = start.plus(duration);
        String lengthField = "duration";
        for (FlexModel model : storage) {
            Optional<Instant> target = ProblemAssembler.latestTarget(model);
            if (target.isPresent() && target.get().isAfter(end)) {
                end = target.get(); // FlexMeasures: targets beyond the horizon extend it
                lengthField = model.pathOf("soc-targets");
            }
        }
        long steps = Math.max(1, (Duration.between(start, end).toNanos() + resolution.toNanos() - 1) / resolution.toNanos());
        if (steps > settings.maxSteps()) {
            throw new InvalidValueException(lengthField, "A schedule from " + start + " to " + end + " at " + resolution
                    + " has " + steps + " steps, more than the " + settings.maxSteps() + " allowed.");
        }
        EventGrid horizon = new EventGrid(start, resolution, (int) steps);
        Instant now = clock.instant();
        ScheduleRequest checked = ScheduleRequest.of(asset.id(), horizon, command.prior().orElse(now), command.sequential(),
                merged, context);
        ProblemAssembler.check(checked, new CheckingReader(actor));

        UUID id = UUID.randomUUID();
        transactions.inTransaction(() -> jobs.enqueue(SchedulingJob.queued(id, checked.job(), Optional.of(actor.userId()), now)));
        return id;
    }

    /** At trigger time: each sensor a field names exists, may be read, and records in a unit the field can use. */
    private final class CheckingReader implements ProblemAssembler.SensorReader {
        private final Actor actor;
        private final Map<SensorId, Sensor> checked = new HashMap<>(); // a price field asks for its unit, then reads

        CheckingReader(Actor actor) {
            this.actor = actor;
        }

        @Override
        public SensorUnit unitOf(String field, SensorId sensor) {
            return readable(field, sensor).unit();
        }

        @Override
        public boolean readsData() {
            return false;
        }

        @Override
        public double[] read(String field, SensorId id, EventGrid grid, SensorUnit unit) {
            Sensor sensor = readable(field, id);
            if (UnitConversion.between(sensor.unit(), unit, grid.spacing()).isEmpty()) {
                throw new InvalidValueException(field, "Sensor " + id + " records in " + sensor.unit()
                        + ", which cannot be converted to " + unit + ".");
            }
            double[] none = new double[grid.count()];
            Arrays.fill(none, Double.NaN);
            return none;
        }

        private Sensor readable(String field, SensorId id) {
            Sensor known = checked.get(id);
            if (known != null) {
                return known;
            }
            Sensor sensor = sensors.findSensor(id).orElseThrow(() ->
                    new InvalidValueException(field, "Sensor " + id + " does not exist."));
            access.readable(actor, sensor.assetId());
            checked.put(id, sensor);
            return sensor;
        }
    }

    // ---- run

    @Override
    public boolean runNextJob(String worker) {
        Optional<SchedulingJob> claimed = transactions.inTransaction(() -> jobs.claimNext(worker, clock.instant(), lease()));
        if (claimed.isEmpty()) {
            return false;
        }
        SchedulingJob job = claimed.get();
        try {
            run(job, worker);
        } catch (InvalidValueException e) {
            fail(job, worker, e.getMessage());
        } catch (InfeasibleProblemException e) {
            fail(job, worker, "Scheduling job failed with InfeasibleProblemException: " + e.getMessage());
        } catch (NotFoundException | ForbiddenException e) {
            fail(job, worker, "Scheduling job failed: " + (e.getMessage() == null ? "access to its data was refused." : e.getMessage()));
        } catch (TimeoutException e) {
            fail(job, worker, "Scheduling job timed out after " + settings.jobTimeout() + ".");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Scheduling job " + job.id() + " failed", e);
            fail(job, worker, "Scheduling job failed: " + e.getClass().getSimpleName() + ".");
        }
        return true;
    }

    private void fail(SchedulingJob job, String worker, String reason) {
        transactions.inTransaction(() -> jobs.fail(job.id(), worker, reason, clock.instant()));
    }

    private void run(SchedulingJob job, String worker) throws TimeoutException {
        ScheduleRequest request = ScheduleRequest.of(job.request());
        Actor actor = job.requestedBy().flatMap(users::findUser).map(Actor::of)
                .orElseThrow(() -> new NotFoundException("the user who triggered it no longer exists."));
        SchedulingProblem problem = ProblemAssembler.assemble(request, new BeliefReader(actor, request.beliefTime()));
        Scheduler scheduler = schedulers.schedulerFor(problem);
        Solution solution = solveInTime(scheduler, problem, request.sequential());
        List<String> broken = problem.violations(solution.schedule(), TOLERANCE);
        if (!broken.isEmpty()) {
            throw new IllegalStateException(scheduler.name() + " answered a schedule that breaks " + broken);
        }
        transactions.inTransaction(() -> {
            DataSource source = sources.findOrRegisterSource(new DataSource.DataSourceDescription("gridflex", "scheduler",
                    Optional.of(scheduler.name()), Optional.of(scheduler.version()), Optional.empty()));
            if (jobs.finish(job.id(), worker, new SchedulingJob.Outcome(scheduler.name(), solution.solver(), solution.gap(),
                    source.id()), clock.instant())) {
                appendBeliefs.appendBeliefs(beliefs(problem, solution.schedule(), request.beliefTime(), source), true);
            }
        });
    }

    /** Solves jointly, or one device after another with the earlier ones inflexible; within the job's time limit. */
    private Solution solveInTime(Scheduler scheduler, SchedulingProblem problem, boolean sequential) throws TimeoutException {
        Future<Solution> solving = this.solving.submit(() -> sequential ? oneByOne(scheduler, problem) : scheduler.solve(problem));
        try {
            return solving.get(settings.jobTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            solving.cancel(true);
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        } catch (TimeoutException e) {
            solving.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Solution oneByOne(Scheduler scheduler, SchedulingProblem problem) {
        Profile inflexible = problem.site().inflexible();
        List<Profile> power = new ArrayList<>();
        double gap = 0;
        String solver = null;
        int storage = problem.devices().size();
        for (int d = 0; d < storage + problem.processes().size(); d++) {
            SchedulingProblem alone = new SchedulingProblem(problem.horizon(),
                    d < storage ? List.of(problem.devices().get(d)) : List.of(),
                    d < storage ? List.of() : List.of(problem.processes().get(d - storage)), problem.site().withInflexible(inflexible));
            Solution solution = scheduler.solve(alone);
            power.add(solution.schedule().of(0));
            inflexible = inflexible.plus(solution.schedule().of(0));
            gap = Math.max(gap, solution.gap());
            solver = solver == null ? solution.solver() : solver;
        }
        return new Solution(new Schedule(power), solver, gap);
    }

    /** Each device's schedule in its sensor's unit and resolution, held at the job's belief time. */
    private List<Belief> beliefs(SchedulingProblem problem, Schedule schedule, Instant beliefTime, DataSource source) {
        List<Belief> beliefs = new ArrayList<>();
        List<SensorId> deviceSensors = problem.sensors();
        for (int d = 0; d < deviceSensors.size(); d++) {
            SensorId id = deviceSensors.get(d);
            Sensor sensor = sensors.findSensor(id).orElseThrow(() -> new NotFoundException("sensor " + id + " no longer exists."));
            DoubleUnaryOperator toUnit = UnitConversion.between(ProblemAssembler.MW, sensor.unit(), sensor.eventResolution())
                    .orElseThrow(() -> new InvalidValueException("flex-model.sensor", "Sensor " + id + " records in "
                            + sensor.unit() + ", which is no power."));
            List<Double> values = Arrays.stream(schedule.of(d).toArray()).boxed().toList();
            Resampling.toSensorResolution(problem.horizon(), values, sensor.eventResolution()).forEach((event, value) ->
                    beliefs.add(Belief.deterministic(id, event, beliefTime, source.id(), toUnit.applyAsDouble(value))));
        }
        return beliefs;
    }

    /** At run time: each sensor field from the beliefs held at the job's belief time, read as the triggering user. */
    private final class BeliefReader implements ProblemAssembler.SensorReader {
        private final Actor actor;
        private final Instant beliefTime;

        BeliefReader(Actor actor, Instant beliefTime) {
            this.actor = actor;
            this.beliefTime = beliefTime;
        }

        @Override
        public SensorUnit unitOf(String field, SensorId sensor) {
            return sensors.findSensor(sensor).orElseThrow(() -> new InvalidValueException(field, "Sensor " + sensor
                    + " does not exist.")).unit();
        }

        @Override
        public double[] read(String field, SensorId sensor, EventGrid grid, SensorUnit unit) {
            SensorData data = readData.readSensorData(actor, new ReadSensorDataQuery(sensor, grid.start(),
                    Span.exact(grid.spacing().multipliedBy(grid.count())), unit, Optional.of(grid.spacing()),
                    Optional.of(beliefTime), Optional.empty(), Set.of()));
            return data.values().stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
        }
    }

    // ---- read back

    @Override
    public ScheduleState getSchedule(Actor actor, SensorId sensorId, UUID jobId, Optional<Span> duration,
                                     Optional<SensorUnit> unit) {
        Sensor sensor = sensors.findSensor(sensorId).orElseThrow(() -> new NotFoundException("Sensor " + sensorId + " not found."));
        access.readable(actor, sensor.assetId());
        Optional<SchedulingJob> found = jobs.findJob(jobId);
        if (found.isEmpty()) {
            return new ScheduleState.Unknown("Look-up failed for job " + jobId + ".");
        }
        SchedulingJob job = found.get();
        ScheduleRequest request = ScheduleRequest.of(job.request());
        if (!request.sensors().contains(sensorId)) {
            return new ScheduleState.Unknown("Sensor " + sensorId + " is not scheduled by job " + jobId + ".");
        }
        return switch (job.status()) {
            case QUEUED, RUNNING -> new ScheduleState.Waiting();
            case FAILED -> new ScheduleState.Failed(job.error().orElse("Scheduling job failed."));
            case FINISHED -> {
                SchedulingJob.Outcome outcome = job.outcome().orElseThrow();
                SensorData schedule = readData.readSensorData(actor, new ReadSensorDataQuery(sensorId, request.horizon().start(),
                        duration.orElse(Span.exact(defaultRead(request.horizon()))), unit.orElse(sensor.unit()), Optional.empty(),
                        Optional.of(request.beliefTime()), Optional.empty(), Set.of(outcome.source())));
                yield new ScheduleState.Ready(schedule, outcome.scheduler(), outcome.solver(), outcome.gap());
            }
        };
    }

    /** FlexMeasures' six hours, or the whole schedule where it is shorter. */
    private static Duration defaultRead(EventGrid horizon) {
        Duration length = horizon.spacing().multipliedBy(horizon.count());
        return length.compareTo(DEFAULT_READ) < 0 ? length : DEFAULT_READ;
    }

    // ---- helpers

    /**
     * The stored fields this scheduler knows (a stored flex-model may hold fields for other
     * schedulers), without those the request gives: a stored field the request replaces is not read.
     */
    private static Map<String, Object> stored(Attributes stored, Set<String> fields, Set<String> given) {
        Map<String, Object> kept = new LinkedHashMap<>();
        stored.values().forEach((k, v) -> {
            if (fields.contains(k) && !k.equals("sensor") && !given.contains(k)) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}
