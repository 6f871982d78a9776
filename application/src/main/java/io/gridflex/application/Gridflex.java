package io.gridflex.application;

import io.gridflex.application.account.port.in.AuthenticateTokenUseCase;
import io.gridflex.application.account.port.in.EnsureFirstAdminUseCase;
import io.gridflex.application.account.port.in.GetAccountUseCase;
import io.gridflex.application.account.port.in.GetUserUseCase;
import io.gridflex.application.account.port.in.ListAccountsUseCase;
import io.gridflex.application.account.port.in.ListAccountAuditLogUseCase;
import io.gridflex.application.account.port.in.ListUserAuditLogUseCase;
import io.gridflex.application.account.port.in.ListUsersUseCase;
import io.gridflex.application.account.port.in.RegisterAccountUseCase;
import io.gridflex.application.account.port.in.RegisterUserUseCase;
import io.gridflex.application.account.port.in.RequestAuthTokenUseCase;
import io.gridflex.application.account.port.in.ResetPasswordUseCase;
import io.gridflex.application.account.port.in.UpdateAccountUseCase;
import io.gridflex.application.account.port.in.UpdateUserUseCase;
import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.application.account.service.AccountService;
import io.gridflex.application.account.service.AuthenticationService;
import io.gridflex.application.account.service.UserService;
import io.gridflex.application.asset.port.in.DeleteAssetUseCase;
import io.gridflex.application.asset.port.in.GetAssetUseCase;
import io.gridflex.application.asset.port.in.ListAssetAuditLogUseCase;
import io.gridflex.application.asset.port.in.ListAssetTypesUseCase;
import io.gridflex.application.asset.port.in.ListAssetsUseCase;
import io.gridflex.application.asset.port.in.ListPublicAssetsUseCase;
import io.gridflex.application.asset.port.in.RegisterAssetTypeUseCase;
import io.gridflex.application.asset.port.in.RegisterAssetUseCase;
import io.gridflex.application.asset.port.in.SetDefaultAssetViewUseCase;
import io.gridflex.application.asset.port.in.UpdateAssetUseCase;
import io.gridflex.application.asset.service.AssetService;
import io.gridflex.application.belief.port.in.DeleteSensorDataUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatsUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatusUseCase;
import io.gridflex.application.belief.port.in.ReadSensorDataUseCase;
import io.gridflex.application.belief.port.in.RecordBeliefsUseCase;
import io.gridflex.application.belief.service.BeliefService;
import io.gridflex.application.community.port.in.ExportCommunitiesUseCase;
import io.gridflex.application.community.port.in.GetCommunityUseCase;
import io.gridflex.application.community.port.in.GetMemberUseCase;
import io.gridflex.application.community.port.in.GetOwnMembershipUseCase;
import io.gridflex.application.community.port.in.ImportCommunityUseCase;
import io.gridflex.application.community.port.in.ListCommunitiesUseCase;
import io.gridflex.application.community.port.in.ListCommunityAssetsUseCase;
import io.gridflex.application.community.port.in.ListDeliveryPointsUseCase;
import io.gridflex.application.community.port.in.ListMembersUseCase;
import io.gridflex.application.community.port.in.LookUpRegistryUseCase;
import io.gridflex.application.community.port.in.TraceTopologyUseCase;
import io.gridflex.application.community.service.CommunityImportService;
import io.gridflex.application.community.service.MemberWritesService;
import io.gridflex.application.community.port.in.ChangeMemberUseCase;
import io.gridflex.application.community.port.in.PutDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RegisterMemberUseCase;
import io.gridflex.application.community.port.in.RemoveDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RemoveMemberUseCase;
import io.gridflex.application.community.port.in.PutAssetUseCase;
import io.gridflex.application.community.port.in.RemoveAssetUseCase;
import io.gridflex.application.community.service.RegistryService;
import io.gridflex.application.health.port.in.CheckReadinessUseCase;
import io.gridflex.application.health.service.ReadinessService;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase;
import io.gridflex.application.scheduling.port.in.RunSchedulingJobsUseCase;
import io.gridflex.application.scheduling.port.in.TriggerScheduleUseCase;
import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.service.SchedulerRegistry;
import io.gridflex.application.scheduling.service.SchedulingJobRunner;
import io.gridflex.application.scheduling.service.SchedulingService;
import io.gridflex.application.scheduling.service.AssetJobsService;
import io.gridflex.application.scheduling.port.in.ListAssetJobsUseCase;
import io.gridflex.application.asset.service.AssetKpiService;
import io.gridflex.application.asset.port.in.GetAssetKpisUseCase;
import io.gridflex.application.sensor.port.in.DeleteSensorUseCase;
import io.gridflex.application.sensor.port.in.GetSensorUseCase;
import io.gridflex.application.sensor.port.in.ListAssetSensorsUseCase;
import io.gridflex.application.sensor.port.in.FindSensorsByNameUseCase;
import io.gridflex.application.sensor.port.in.ListSensorsUseCase;
import io.gridflex.application.sensor.port.in.RegisterSensorUseCase;
import io.gridflex.application.sensor.port.in.UpdateSensorUseCase;
import io.gridflex.application.sensor.service.SensorService;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.sensor.EntityAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * gridflex without a server: every use case, built once from a {@link Stores} and a few settings,
 * and the runner of scheduling jobs. Plain Java, so that an embedder needs no framework; the
 * server builds its beans from one of these too, so there is one wiring.
 *
 * <pre>{@code
 * Gridflex gridflex = Gridflex.builder().stores(InMemoryStores.create()).build();
 * gridflex.recordBeliefs().recordBeliefs(actor, command);
 * }</pre>
 *
 * Each use case is answered by its in-port; several in-ports may be one service object.
 * {@link #close()} stops the job runner's workers and the solving threads this instance made.
 */
public final class Gridflex implements AutoCloseable {

    private final Clock clock;
    private final EntityAddress.NamingAuthority namingAuthority;
    private final SchedulerRegistry schedulers;
    private final ExecutorService solving;
    private final boolean ownsSolving;
    private final AuthenticationService authentication;
    private final UserService users;
    private final AccountService accounts;
    private final AssetService assets;
    private final SensorService sensors;
    private final BeliefService beliefs;
    private final RegistryService registry;
    private final CommunityImportService communityImport;
    private final MemberWritesService memberWrites;
    private final SchedulingService scheduling;
    private final AssetKpiService assetKpis;
    private final AssetJobsService assetJobs;
    private final ReadinessService readiness;
    private final SchedulingJobRunner jobRunner;

    private Gridflex(Builder b) {
        Stores s = Objects.requireNonNull(b.stores, "stores: every out-port, e.g. InMemoryStores.create()");
        this.clock = b.clock;
        this.namingAuthority = b.namingAuthority;
        TokenIssuer tokens = b.tokenIssuer != null ? b.tokenIssuer : s.tokenIssuer();
        PasswordHasher hasher = b.passwordHasher != null ? b.passwordHasher : s.passwordHasher();
        this.authentication = new AuthenticationService(s.loadUsers(), s.saveUser(), s.loadAccounts(), s.saveAccount(),
                s.recordAuditEvent(), hasher, tokens, s.transactions(), clock, b.tokenLifetime);
        this.users = new UserService(s.loadUsers(), s.saveUser(), s.loadAccounts(), s.recordAuditEvent(), s.loadAuditLog(), hasher,
                s.transactions(), clock);
        this.accounts = new AccountService(s.loadAccounts(), s.saveAccount(), s.countAccountHoldings(), s.loadUsers(), s.recordAuditEvent(), s.transactions(),
                clock);
        this.assets = new AssetService(s.loadAssets(), s.saveAsset(), s.loadAssetTypes(), s.saveAssetType(), s.loadAccounts(),
                s.loadUsers(), s.loadSensors(), s.recordAuditEvent(), s.loadAuditLog(), s.userPreferences(), s.transactions(), clock);
        this.sensors = new SensorService(s.loadSensors(), s.saveSensor(), s.loadAssets(), s.loadAccounts(), s.loadUsers(),
                s.recordAuditEvent(), s.transactions(), clock);
        this.beliefs = new BeliefService(s.loadSensors(), s.loadAssets(), s.loadAccounts(), s.loadUsers(), s.sources(),
                s.loadBeliefs(), s.appendBeliefs(), s.deleteBeliefs(), s.beliefStats(), s.aggregateBeliefs(), s.transactions(), clock,
                b.allowOverwrite);
        this.registry = new RegistryService(s.loadCommunities(), s.loadUsers());
        this.communityImport = new CommunityImportService(s.loadCommunities(), s.replaceCommunity(), s.findHolders(),
                s.loadSensors(), s.transactions(), b.warnUnknownSensors);
        this.memberWrites = new MemberWritesService(s.loadCommunities(), s.writeMembers(), s.findHolders(), s.transactions());
        this.schedulers = new SchedulerRegistry(b.schedulers);
        this.ownsSolving = b.solving == null;
        this.solving = ownsSolving ? solverThreads() : b.solving;
        this.scheduling = new SchedulingService(s.loadSensors(), s.loadAssets(), s.loadAccounts(), s.loadUsers(), beliefs, s.sources(),
                s.appendBeliefs(), s.schedulingJobs(), schedulers, s.transactions(), solving, clock,
                new SchedulingService.Settings(b.planningHorizon, b.maxPlanningSteps, b.jobTimeout));
        this.readiness = new ReadinessService(s.probe());
        this.assetKpis = new AssetKpiService(assets, sensors, beliefs);
        this.assetJobs = new AssetJobsService(assets, s.schedulingJobs());
        this.jobRunner = new SchedulingJobRunner(scheduling, b.workerName, b.pollInterval,
                b.errorBackOff != null ? b.errorBackOff : b.pollInterval.multipliedBy(4));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * What a {@link Gridflex} is built from. Only {@link #stores} is required; every setting has
     * the server's default (see bootstrap's application.yml).
     */
    public static final class Builder {
        private Stores stores;
        private Clock clock = Clock.systemUTC();
        private TokenIssuer tokenIssuer;
        private PasswordHasher passwordHasher;
        private Duration tokenLifetime = Duration.ofHours(6);
        private boolean allowOverwrite;
        private boolean warnUnknownSensors;
        private Duration planningHorizon = SchedulingService.Settings.flexMeasuresDefaults().planningHorizon();
        private int maxPlanningSteps = SchedulingService.Settings.flexMeasuresDefaults().maxSteps();
        private Duration jobTimeout = SchedulingService.Settings.flexMeasuresDefaults().jobTimeout();
        private EntityAddress.NamingAuthority namingAuthority = EntityAddress.NamingAuthority.of(YearMonth.of(2026, 1), "localhost");
        private final List<Scheduler> schedulers = new ArrayList<>();
        private ExecutorService solving;
        private String workerName = "gridflex-" + ProcessHandle.current().pid();
        private Duration pollInterval = Duration.ofMillis(500);
        private Duration errorBackOff;

        private Builder() {
        }

        /** Every out-port, from one storage technology (required). */
        public Builder stores(Stores stores) {
            this.stores = Objects.requireNonNull(stores);
            return this;
        }

        /** The time of every record and audit event (default: the system clock in UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Replaces the stores' token issuer (the server signs JWTs with a shared secret). */
        public Builder tokenIssuer(TokenIssuer tokenIssuer) {
            this.tokenIssuer = Objects.requireNonNull(tokenIssuer);
            return this;
        }

        /** Replaces the stores' password hasher. */
        public Builder passwordHasher(PasswordHasher passwordHasher) {
            this.passwordHasher = Objects.requireNonNull(passwordHasher);
            return this;
        }

        /** How long an auth token is valid (default 6 hours, as FlexMeasures). */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = Objects.requireNonNull(tokenLifetime);
            return this;
        }

        /** Whether a new value for a stored event, source and belief time replaces it (default: refused). */
        public Builder allowOverwrite(boolean allowOverwrite) {
            this.allowOverwrite = allowOverwrite;
            return this;
        }

        /**
         * Whether a community import warns of meters whose sensor id names no gridflex sensor
         * (default: not, as rec-registry, which knows no gridflex sensors).
         */
        public Builder warnUnknownSensors(boolean warnUnknownSensors) {
            this.warnUnknownSensors = warnUnknownSensors;
            return this;
        }

        /** A schedule's length when the trigger names no duration (default 48 hours). */
        public Builder planningHorizon(Duration planningHorizon) {
            this.planningHorizon = Objects.requireNonNull(planningHorizon);
            return this;
        }

        /** Longer schedules are refused (default and most {@value SchedulingProblem#MAX_STEPS}). */
        public Builder maxPlanningSteps(int maxPlanningSteps) {
            this.maxPlanningSteps = maxPlanningSteps;
            return this;
        }

        /** A job running longer fails as timed out (default 3 minutes). */
        public Builder jobTimeout(Duration jobTimeout) {
            this.jobTimeout = Objects.requireNonNull(jobTimeout);
            return this;
        }

        /** Who names the sensors in their entity addresses (default: since 2026-01, localhost). */
        public Builder namingAuthority(EntityAddress.NamingAuthority namingAuthority) {
            this.namingAuthority = Objects.requireNonNull(namingAuthority);
            return this;
        }

        /**
         * Schedulers to use besides those {@link java.util.ServiceLoader} finds (which are always
         * looked for; a declared one whose classes are missing is skipped).
         */
        public Builder schedulers(List<? extends Scheduler> schedulers) {
            this.schedulers.addAll(schedulers);
            return this;
        }

        public Builder schedulers(Scheduler... schedulers) {
            return schedulers(List.of(schedulers));
        }

        /**
         * Where solvers run, apart from the job's thread so that a job past its time limit can be
         * left behind (default: daemon threads made as needed, ended by {@link Gridflex#close()}).
         */
        public Builder solvingExecutor(ExecutorService solving) {
            this.solving = Objects.requireNonNull(solving);
            return this;
        }

        /** Who claims jobs, stored with each claim (default "gridflex-" and the process id). */
        public Builder workerName(String workerName) {
            this.workerName = Objects.requireNonNull(workerName);
            return this;
        }

        /** How often an idle worker looks for a job (default 500 ms). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = Objects.requireNonNull(pollInterval);
            return this;
        }

        /** How long a worker waits after it failed to reach the queue (default four poll intervals). */
        public Builder errorBackOff(Duration errorBackOff) {
            this.errorBackOff = Objects.requireNonNull(errorBackOff);
            return this;
        }

        public Gridflex build() {
            return new Gridflex(this);
        }
    }

    private static ExecutorService solverThreads() {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "gridflex-solver");
            thread.setDaemon(true); // a solve past its time limit must not keep the JVM alive
            return thread;
        });
    }

    /** Stops the job runner's workers and ends the solving threads this instance made (not those it was given). */
    @Override
    public void close() {
        jobRunner.stop();
        if (ownsSolving) {
            solving.shutdownNow();
        }
    }

    // ---- settings and parts

    public Clock clock() {
        return clock;
    }

    public EntityAddress.NamingAuthority namingAuthority() {
        return namingAuthority;
    }

    /** The schedulers found and given, highest priority first. */
    public SchedulerRegistry schedulers() {
        return schedulers;
    }

    /** Claims and runs scheduling jobs: one now, or as workers on the caller's threads. */
    public SchedulingJobRunner jobRunner() {
        return jobRunner;
    }

    // ---- accounts, users, authentication

    public RequestAuthTokenUseCase requestAuthToken() {
        return authentication;
    }

    public AuthenticateTokenUseCase authenticateToken() {
        return authentication;
    }

    public EnsureFirstAdminUseCase ensureFirstAdmin() {
        return authentication;
    }

    public ListAccountsUseCase listAccounts() {
        return accounts;
    }

    public GetAccountUseCase getAccount() {
        return accounts;
    }

    public RegisterAccountUseCase registerAccount() {
        return accounts;
    }

    public UpdateAccountUseCase updateAccount() {
        return accounts;
    }

    public ListUsersUseCase listUsers() {
        return users;
    }

    public GetUserUseCase getUser() {
        return users;
    }

    public RegisterUserUseCase registerUser() {
        return users;
    }

    public UpdateUserUseCase updateUser() {
        return users;
    }

    public ResetPasswordUseCase resetPassword() {
        return users;
    }

    public ListUserAuditLogUseCase listUserAuditLog() {
        return users;
    }

    public ListAccountAuditLogUseCase listAccountAuditLog() {
        return users;
    }

    // ---- assets

    public ListAssetsUseCase listAssets() {
        return assets;
    }

    public ListPublicAssetsUseCase listPublicAssets() {
        return assets;
    }

    public GetAssetUseCase getAsset() {
        return assets;
    }

    public RegisterAssetUseCase registerAsset() {
        return assets;
    }

    public UpdateAssetUseCase updateAsset() {
        return assets;
    }

    public DeleteAssetUseCase deleteAsset() {
        return assets;
    }

    public ListAssetAuditLogUseCase listAssetAuditLog() {
        return assets;
    }

    public ListAssetTypesUseCase listAssetTypes() {
        return assets;
    }

    public RegisterAssetTypeUseCase registerAssetType() {
        return assets;
    }

    public SetDefaultAssetViewUseCase setDefaultAssetView() {
        return assets;
    }

    // ---- sensors

    public ListSensorsUseCase listSensors() {
        return sensors;
    }

    public FindSensorsByNameUseCase findSensorsByName() {
        return sensors;
    }

    public ListAssetSensorsUseCase listAssetSensors() {
        return sensors;
    }

    public GetSensorUseCase getSensor() {
        return sensors;
    }

    public RegisterSensorUseCase registerSensor() {
        return sensors;
    }

    public UpdateSensorUseCase updateSensor() {
        return sensors;
    }

    public DeleteSensorUseCase deleteSensor() {
        return sensors;
    }

    // ---- sensor data

    public RecordBeliefsUseCase recordBeliefs() {
        return beliefs;
    }

    public ReadSensorDataUseCase readSensorData() {
        return beliefs;
    }

    public DeleteSensorDataUseCase deleteSensorData() {
        return beliefs;
    }

    public GetSensorStatsUseCase getSensorStats() {
        return beliefs;
    }

    public GetSensorStatusUseCase getSensorStatus() {
        return beliefs;
    }

    public GetAssetKpisUseCase getAssetKpis() {
        return assetKpis;
    }

    // ---- communities

    public ImportCommunityUseCase importCommunity() {
        return communityImport;
    }

    public ExportCommunitiesUseCase exportCommunities() {
        return communityImport;
    }

    public ListCommunitiesUseCase listCommunities() {
        return registry;
    }

    public GetCommunityUseCase getCommunity() {
        return registry;
    }

    public ListMembersUseCase listMembers() {
        return registry;
    }

    public GetMemberUseCase getMember() {
        return registry;
    }

    public ListDeliveryPointsUseCase listDeliveryPoints() {
        return registry;
    }

    public ListCommunityAssetsUseCase listCommunityAssets() {
        return registry;
    }

    public LookUpRegistryUseCase lookUpRegistry() {
        return registry;
    }

    public GetOwnMembershipUseCase getOwnMembership() {
        return registry;
    }

    public TraceTopologyUseCase traceTopology() {
        return registry;
    }

    public RegisterMemberUseCase registerMember() {
        return memberWrites;
    }

    public ChangeMemberUseCase changeMember() {
        return memberWrites;
    }

    public RemoveMemberUseCase removeMember() {
        return memberWrites;
    }

    public PutDeliveryPointUseCase putDeliveryPoint() {
        return memberWrites;
    }

    public RemoveDeliveryPointUseCase removeDeliveryPoint() {
        return memberWrites;
    }

    public PutAssetUseCase putCommunityAsset() {
        return memberWrites;
    }

    public RemoveAssetUseCase removeCommunityAsset() {
        return memberWrites;
    }

    // ---- scheduling

    public TriggerScheduleUseCase triggerSchedule() {
        return scheduling;
    }

    public GetScheduleUseCase getSchedule() {
        return scheduling;
    }

    public ListAssetJobsUseCase listAssetJobs() {
        return assetJobs;
    }

    /** What the job runner calls; for an embedder with a job loop of its own. */
    public RunSchedulingJobsUseCase runSchedulingJobs() {
        return scheduling;
    }

    // ---- health

    public CheckReadinessUseCase checkReadiness() {
        return readiness;
    }
}
