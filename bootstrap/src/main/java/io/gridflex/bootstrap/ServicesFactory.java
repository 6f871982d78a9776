package io.gridflex.bootstrap;

import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.port.out.ReplaceCommunityPort;
import io.gridflex.application.community.service.CommunityImportService;
import io.gridflex.application.community.service.RegistryService;
import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.application.scheduling.service.SchedulerRegistry;
import io.gridflex.application.scheduling.service.SchedulingService;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import io.gridflex.adapter.memory.Pbkdf2PasswordHasher;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.application.account.port.out.UserPreferencesPort;
import io.gridflex.application.asset.port.out.LoadAssetTypesPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.port.out.SaveAssetPort;
import io.gridflex.application.asset.port.out.SaveAssetTypePort;
import io.gridflex.application.asset.service.AssetService;
import io.gridflex.application.belief.port.out.AggregateBeliefsPort;
import io.gridflex.application.belief.port.out.AppendBeliefsPort;
import io.gridflex.application.belief.port.out.DeleteBeliefsPort;
import io.gridflex.application.belief.port.out.LoadBeliefStatsPort;
import io.gridflex.application.belief.port.out.LoadBeliefsPort;
import io.gridflex.application.belief.port.out.SourcesPort;
import io.gridflex.application.belief.service.BeliefService;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.sensor.port.out.SaveSensorPort;
import io.gridflex.application.sensor.service.SensorService;
import io.gridflex.domain.sensor.EntityAddress;
import io.gridflex.application.account.service.AccountService;
import io.gridflex.application.account.service.AuthenticationService;
import io.gridflex.application.account.service.UserService;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.health.port.out.ProbeStorePort;
import io.gridflex.application.health.service.ReadinessService;
import io.gridflex.application.transaction.TransactionPort;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

/**
 * The one place where the application's services meet their adapters. An embedder builds the
 * same services by hand from the in-memory adapter (see docs/architecture.md).
 */
@Factory
public class ServicesFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    PasswordHasher passwordHasher() {
        return new Pbkdf2PasswordHasher();
    }

    @Singleton
    AuthenticationService authenticationService(LoadUsersPort users, SaveUserPort saveUser, LoadAccountsPort accounts,
                                                SaveAccountPort saveAccount, RecordAuditEventPort audit,
                                                PasswordHasher hasher, TokenIssuer tokens, TransactionPort transactions,
                                                Clock clock,
                                                @Value("${gridflex.auth.token-lifetime:6h}") Duration tokenLifetime) {
        return new AuthenticationService(users, saveUser, accounts, saveAccount, audit, hasher, tokens, transactions,
                clock, tokenLifetime);
    }

    @Singleton
    UserService userService(LoadUsersPort users, SaveUserPort saveUser, LoadAccountsPort accounts,
                            RecordAuditEventPort audit, LoadAuditLogPort auditLog, PasswordHasher hasher,
                            TransactionPort transactions, Clock clock) {
        return new UserService(users, saveUser, accounts, audit, auditLog, hasher, transactions, clock);
    }

    @Singleton
    AccountService accountService(LoadAccountsPort accounts, SaveAccountPort saveAccount, LoadUsersPort users,
                                  RecordAuditEventPort audit, TransactionPort transactions, Clock clock) {
        return new AccountService(accounts, saveAccount, users, audit, transactions, clock);
    }

    @Singleton
    AssetService assetService(LoadAssetsPort assets, SaveAssetPort saveAsset, LoadAssetTypesPort types,
                              SaveAssetTypePort saveType, LoadAccountsPort accounts, LoadUsersPort users,
                              LoadSensorsPort sensors, RecordAuditEventPort audit, LoadAuditLogPort auditLog,
                              UserPreferencesPort preferences, TransactionPort transactions, Clock clock) {
        return new AssetService(assets, saveAsset, types, saveType, accounts, users, sensors, audit, auditLog, preferences,
                transactions, clock);
    }

    @Singleton
    SensorService sensorService(LoadSensorsPort sensors, SaveSensorPort saveSensor, LoadAssetsPort assets,
                                LoadAccountsPort accounts, LoadUsersPort users, RecordAuditEventPort audit,
                                TransactionPort transactions, Clock clock) {
        return new SensorService(sensors, saveSensor, assets, accounts, users, audit, transactions, clock);
    }

    @Singleton
    BeliefService beliefService(LoadSensorsPort sensors, LoadAssetsPort assets, LoadAccountsPort accounts, LoadUsersPort users,
                                SourcesPort sources, LoadBeliefsPort loadBeliefs, AppendBeliefsPort appendBeliefs,
                                DeleteBeliefsPort deleteBeliefs, LoadBeliefStatsPort stats, AggregateBeliefsPort aggregate,
                                TransactionPort transactions, Clock clock,
                                @Value("${gridflex.sensor-data.allow-overwrite:false}") boolean allowOverwrite) {
        return new BeliefService(sensors, assets, accounts, users, sources, loadBeliefs, appendBeliefs, deleteBeliefs, stats,
                aggregate, transactions, clock, allowOverwrite);
    }

    @Singleton
    RegistryService registryService(LoadCommunitiesPort communities, LoadUsersPort users) {
        return new RegistryService(communities, users);
    }

    @Singleton
    CommunityImportService communityImportService(LoadCommunitiesPort communities, ReplaceCommunityPort replace,
                                                  LoadSensorsPort sensors, TransactionPort transactions) {
        return new CommunityImportService(communities, replace, sensors, transactions);
    }

    /** Who names the sensors in their entity addresses (ea1.&lt;month&gt;.&lt;reversed domain&gt;:fm1.&lt;id&gt;). */
    @Singleton
    EntityAddress.NamingAuthority namingAuthority(@Value("${gridflex.entity-address.since:2026-01}") String since,
                                                  @Value("${gridflex.entity-address.domain:localhost}") String domain) {
        return EntityAddress.NamingAuthority.of(YearMonth.parse(since), domain);
    }

    /** The schedulers: the server's beans (a plugin's @Singleton) and what ServiceLoader finds (the planner adapter's). */
    @Singleton
    SchedulerRegistry schedulerRegistry(List<Scheduler> beans) {
        return new SchedulerRegistry(beans);
    }

    /** Where solvers run, so that a job past its time limit can be left behind. */
    @Singleton
    @Named("solving")
    ExecutorService solving() {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "gridflex-solver");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Singleton
    SchedulingService schedulingService(LoadSensorsPort sensors, LoadAssetsPort assets, LoadAccountsPort accounts,
                                        LoadUsersPort users, BeliefService beliefs, SourcesPort sources,
                                        AppendBeliefsPort appendBeliefs, SchedulingJobsPort jobs, SchedulerRegistry schedulers,
                                        TransactionPort transactions, @Named("solving") ExecutorService solving, Clock clock,
                                        @Value("${gridflex.scheduling.planning-horizon:48h}") Duration planningHorizon,
                                        @Value("${gridflex.scheduling.max-planning-steps:2520}") int maxSteps,
                                        @Value("${gridflex.scheduling.job-timeout:3m}") Duration jobTimeout) {
        return new SchedulingService(sensors, assets, accounts, users, beliefs, sources, appendBeliefs, jobs, schedulers,
                transactions, solving, clock, new SchedulingService.Settings(planningHorizon, maxSteps, jobTimeout));
    }

    @Singleton
    ReadinessService readinessService(ProbeStorePort probe) {
        return new ReadinessService(probe);
    }
}
