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
import io.gridflex.domain.scheduling.StorageDevice;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import io.gridflex.domain.unit.UnitConversion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
    private final RecentTriggers recent = new RecentTriggers();

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
            assetId = sensors.findSensor(sensorId).orElseThrow(() -> NotFoundException.of(NotFoundException.Subject.SENSOR, sensorId.value(), "Sensor " + sensorId + " not found."))
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
            LegacyAttributes legacy = new LegacyAttributes(sensor.attributes(), lineage.asset().attributes());
            Map<String, Object> stored = stored(given instanceof ProcessFlexModel ? lineage.effectiveFlexModel()
                    : legacy.underFlexModel(lineage.effectiveFlexModel()), given instanceof ProcessFlexModel
                    ? FlexDocuments.PROCESS_FIELDS : FlexDocuments.STORAGE_FIELDS, FlexDocuments.write(given).keySet());
            DeviceFlexModel model = given instanceof ProcessFlexModel process
                    ? process.over(FlexDocuments.process(path, stored))
                    : legacy.applyTo(path, ((StorageFlexModel) given).over(FlexDocuments.storage(path, stored)), command.start());
            if (model instanceof StorageFlexModel device) {
                FlexModel checkedModel = FlexModel.check(path, sensorId, device);
                requireWritableStateOfCharge(actor, checkedModel);
                storage.add(checkedModel); // its targets may lengthen the horizon
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
        long steps = ScheduleRequest.steps(start, end, resolution);
        if (steps > settings.maxSteps()) {
            throw new InvalidValueException(lengthField, "A schedule from " + start + " to " + end + " at " + resolution
                    + " has " + steps + " steps, more than the " + settings.maxSteps() + " allowed.");
        }
        EventGrid requestedHorizon = new EventGrid(start, resolution, ScheduleRequest.steps(start, start.plus(duration), resolution));
        Instant now = clock.instant();
        ScheduleRequest checked = ScheduleRequest.of(asset.id(), requestedHorizon, command.prior().orElse(now),
                command.sequential(), merged, context);
        ProblemAssembler.check(checked, new CheckingReader(actor));

        if (!command.forceNewJob()) {
            Optional<UUID> earlier = recent.jobOf(actor.userId(), command, now).filter(job -> jobs.findJob(job).isPresent());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        UUID id = UUID.randomUUID();
        transactions.inTransaction(() -> jobs.enqueue(SchedulingJob.queued(id, checked.job(), Optional.of(actor.userId()), now)));
        recent.remember(actor.userId(), command, id, now);
        return id;
    }

    /**
     * The stock's schedule is written to the state-of-charge sensor: the caller must be allowed to
     * write under its asset, and (FlexMeasures) it records readings at instants.
     */
    private void requireWritableStateOfCharge(Actor actor, FlexModel model) {
        Optional<SensorId> soc = model.stateOfChargeSensor();
        if (soc.isPresent()) {
            String field = model.pathOf("state-of-charge");
            Sensor sensor = sensors.findSensor(soc.get()).orElseThrow(() ->
                    new InvalidValueException(field, "Sensor " + soc.get() + " does not exist."));
            access.extendable(actor, sensor.assetId());
            if (!sensor.isInstantaneous()) {
                throw new InvalidValueException(field, "The field `state-of-charge` points to a sensor with a "
                        + "non-instantaneous event resolution. Please, use an instantaneous sensor.");
            }
        }
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
        Solution solution = solveInTime(scheduler, problem, request);
        transactions.inTransaction(() -> {
            DataSource source = sources.findOrRegisterSource(new DataSource.DataSourceDescription("gridflex", "scheduler",
                    Optional.of(scheduler.name()), Optional.of(scheduler.version()), Optional.empty()));
            if (jobs.finish(job.id(), worker, new SchedulingJob.Outcome(scheduler.name(), solution.solver(), solution.gap(),
                    source.id()), clock.instant())) {
                List<Belief> beliefs = beliefs(request, problem, solution.schedule(), source);
                beliefs.addAll(stockBeliefs(request, problem, solution.schedule(), source));
                appendBeliefs.appendBeliefs(beliefs, true);
            }
        });
    }

    /** Solves jointly, or one device after another with the earlier ones inflexible; within the job's time limit. */
    private Solution solveInTime(Scheduler scheduler, SchedulingProblem problem, ScheduleRequest request) throws TimeoutException {
        Future<Solution> solving = this.solving.submit(() -> request.sequential() ? oneByOne(scheduler, problem, request)
                : checked(scheduler, problem));
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

    /** A scheduler's answer, checked by the domain: a schedule that breaks a hard constraint is a bug, not a schedule. */
    private static Solution checked(Scheduler scheduler, SchedulingProblem problem) {
        Solution solution = scheduler.solve(problem);
        List<String> broken = problem.violations(solution.schedule(), TOLERANCE);
        if (!broken.isEmpty()) {
            throw new IllegalStateException(scheduler.name() + " answered a schedule that breaks " + broken);
        }
        return solution;
    }

    /**
     * One device after another, each over its own horizon (extended only by its own targets) and
     * idle after it, the earlier ones inflexible for the later.
     */
    private static Solution oneByOne(Scheduler scheduler, SchedulingProblem problem, ScheduleRequest request) {
        Profile inflexible = problem.site().inflexible();
        List<Profile> power = new ArrayList<>();
        double gap = 0;
        String solver = null;
        int storage = problem.devices().size();
        for (int d = 0; d < storage + problem.processes().size(); d++) {
            int steps = request.stepsOf(d);
            SchedulingProblem alone = new SchedulingProblem(new EventGrid(problem.horizon().start(), problem.resolution(), steps),
                    d < storage ? List.of(problem.devices().get(d).head(steps)) : List.of(),
                    d < storage ? List.of() : List.of(problem.processes().get(d - storage)),
                    problem.site().withInflexible(inflexible).head(steps));
            Solution solution = checked(scheduler, alone); // within its own horizon: what lies beyond binds it not
            Profile own = solution.schedule().of(0).padded(problem.steps(), 0);
            power.add(own);
            inflexible = inflexible.plus(own);
            gap = Math.max(gap, solution.gap());
            solver = solver == null ? solution.solver() : solver;
        }
        return new Solution(new Schedule(power), solver, gap);
    }

    /** Each device's schedule (over its own horizon) in its sensor's unit and resolution, held at the job's belief time. */
    private List<Belief> beliefs(ScheduleRequest request, SchedulingProblem problem, Schedule schedule, DataSource source) {
        Instant beliefTime = request.beliefTime();
        List<Belief> beliefs = new ArrayList<>();
        List<SensorId> deviceSensors = problem.sensors();
        for (int d = 0; d < deviceSensors.size(); d++) {
            int steps = request.stepsOf(d);
            SensorId id = deviceSensors.get(d);
            Sensor sensor = sensors.findSensor(id).orElseThrow(() -> new NotFoundException("sensor " + id + " no longer exists."));
            DoubleUnaryOperator toUnit = UnitConversion.between(ProblemAssembler.MW, sensor.unit(), sensor.eventResolution())
                    .orElseThrow(() -> new InvalidValueException("flex-model.sensor", "Sensor " + id + " records in "
                            + sensor.unit() + ", which is no power."));
            List<Double> values = Arrays.stream(schedule.of(d).head(steps).toArray()).boxed().toList();
            EventGrid own = new EventGrid(problem.horizon().start(), problem.resolution(), steps);
            Resampling.toSensorResolution(own, values, sensor.eventResolution()).forEach((event, value) ->
                    beliefs.add(Belief.deterministic(id, event, beliefTime, source.id(), toUnit.applyAsDouble(value))));
        }
        return beliefs;
    }

    /**
     * FlexMeasures' state-of-charge schedule: for each device whose flex-model names a
     * {@code state-of-charge} sensor, its stock at the start and at the end of each of its steps, as
     * readings at those instants in the sensor's unit (a percentage of soc-max for "%").
     */
    private List<Belief> stockBeliefs(ScheduleRequest request, SchedulingProblem problem, Schedule schedule, DataSource source) {
        List<Belief> beliefs = new ArrayList<>();
        for (int d = 0; d < request.devices().size(); d++) {
            FlexModel model = request.devices().get(d);
            Optional<SensorId> socSensor = model.stateOfChargeSensor();
            if (socSensor.isEmpty()) {
                continue;
            }
            StorageDevice device = problem.devices().get(d);
            int steps = request.stepsOf(d);
            Sensor sensor = sensors.findSensor(socSensor.get()).orElseThrow(() -> new NotFoundException("sensor "
                    + socSensor.get() + " no longer exists."));
            DoubleUnaryOperator toUnit = stockUnit(model, device, sensor);
            double[] stock = device.head(steps).stock(schedule.of(d).head(steps), problem.resolution());
            for (int j = 0; j <= steps; j++) {
                double mwh = j == 0 ? device.socAtStart() : stock[j - 1];
                beliefs.add(Belief.deterministic(sensor.id(), problem.horizon().start().plus(problem.resolution().multipliedBy(j)),
                        request.beliefTime(), source.id(), toUnit.applyAsDouble(mwh)));
            }
        }
        return beliefs;
    }

    private static DoubleUnaryOperator stockUnit(FlexModel model, StorageDevice device, Sensor sensor) {
        if (sensor.unit().symbol().equals("%")) {
            if (!Double.isFinite(device.socMax()) || device.socMax() == 0) {
                throw new InvalidValueException(model.pathOf("state-of-charge"), "Cannot convert the state-of-charge schedule to "
                        + "'%' unit for sensor " + sensor.id() + ": soc-max is missing or zero.");
            }
            return mwh -> 100 * mwh / device.socMax();
        }
        return UnitConversion.between(ProblemAssembler.MWH, sensor.unit(), Duration.ZERO).orElseThrow(() ->
                new InvalidValueException(model.pathOf("state-of-charge"), "Sensor " + sensor.id() + " records in "
                        + sensor.unit() + ", which is no stock (e.g. MWh, kWh or %)."));
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
        Sensor sensor = sensors.findSensor(sensorId).orElseThrow(() -> NotFoundException.of(NotFoundException.Subject.SENSOR, sensorId.value(), "Sensor " + sensorId + " not found."));
        access.readable(actor, sensor.assetId());
        Optional<SchedulingJob> found = jobs.findJob(jobId);
        if (found.isEmpty()) {
            return new ScheduleState.NoSuchJob();
        }
        SchedulingJob job = found.get();
        ScheduleRequest request = ScheduleRequest.of(job.request());
        int device = request.sensors().indexOf(sensorId);
        int stock = request.stockSensors().indexOf(sensorId);
        if (device < 0 && stock < 0) {
            return new ScheduleState.Unknown("Sensor " + sensorId + " is not scheduled by job " + jobId + ".");
        }
        return switch (job.status()) {
            case QUEUED, RUNNING -> new ScheduleState.Waiting();
            case FAILED -> new ScheduleState.Failed(job.error().orElse("Scheduling job failed."));
            case FINISHED -> {
                SchedulingJob.Outcome outcome = job.outcome().orElseThrow();
                // FlexMeasures answers the schedule it has: never beyond its end, whatever duration is asked for
                Instant start = request.horizon().start();
                Duration scheduled = request.horizon().spacing().multipliedBy(request.stepsOf(device >= 0 ? device : stock));
                Duration asked = duration.map(d -> d.from(start, ZoneOffset.UTC)).orElse(DEFAULT_READ);
                Duration read = asked.compareTo(scheduled) < 0 ? asked : scheduled;
                boolean ofStock = device < 0;
                SensorData schedule = readData.readSensorData(actor, new ReadSensorDataQuery(sensorId, start,
                        Span.exact(ofStock ? read.plus(request.horizon().spacing()) : read), unit.orElse(sensor.unit()),
                        ofStock ? Optional.of(request.horizon().spacing()) : Optional.empty(),
                        Optional.of(request.beliefTime()), Optional.empty(), Set.of(outcome.source())));
                yield new ScheduleState.Ready(schedule, outcome.scheduler(), outcome.solver(), outcome.gap());
            }
        };
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
