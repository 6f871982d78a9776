package io.gridflex.bootstrap;

import io.gridflex.adapter.memory.Pbkdf2PasswordHasher;
import io.gridflex.application.Gridflex;
import io.gridflex.application.Stores;
import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.service.SchedulerRegistry;
import io.gridflex.application.transaction.TransactionPort;
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
import io.gridflex.application.belief.port.in.DeleteSensorDataUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatsUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatusUseCase;
import io.gridflex.application.belief.port.in.ReadSensorDataUseCase;
import io.gridflex.application.belief.port.in.RecordBeliefsUseCase;
import io.gridflex.application.community.port.in.ExportCommunitiesUseCase;
import io.gridflex.application.community.port.in.GetCommunityUseCase;
import io.gridflex.application.community.port.in.GetMemberUseCase;
import io.gridflex.application.community.port.in.GetOwnMembershipUseCase;
import io.gridflex.application.community.port.in.ImportCommunityUseCase;
import io.gridflex.application.community.port.in.ChangeMemberUseCase;
import io.gridflex.application.community.port.in.PutDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RegisterMemberUseCase;
import io.gridflex.application.community.port.in.RemoveDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RemoveMemberUseCase;
import io.gridflex.application.community.port.in.PutAssetUseCase;
import io.gridflex.application.community.port.in.RemoveAssetUseCase;
import io.gridflex.application.community.port.in.ListCommunitiesUseCase;
import io.gridflex.application.community.port.in.ListCommunityAssetsUseCase;
import io.gridflex.application.community.port.in.ListDeliveryPointsUseCase;
import io.gridflex.application.community.port.in.ListMembersUseCase;
import io.gridflex.application.community.port.in.LookUpRegistryUseCase;
import io.gridflex.application.community.port.in.TraceTopologyUseCase;
import io.gridflex.application.health.port.in.CheckReadinessUseCase;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase;
import io.gridflex.application.scheduling.port.in.RunSchedulingJobsUseCase;
import io.gridflex.application.scheduling.port.in.ListAssetJobsUseCase;
import io.gridflex.application.asset.port.in.GetAssetKpisUseCase;
import io.gridflex.application.scheduling.port.in.TriggerScheduleUseCase;
import io.gridflex.application.sensor.port.in.DeleteSensorUseCase;
import io.gridflex.application.sensor.port.in.GetSensorUseCase;
import io.gridflex.application.sensor.port.in.ListAssetSensorsUseCase;
import io.gridflex.application.sensor.port.in.FindSensorsByNameUseCase;
import io.gridflex.application.sensor.port.in.ListSensorsUseCase;
import io.gridflex.application.sensor.port.in.RegisterSensorUseCase;
import io.gridflex.application.sensor.port.in.UpdateSensorUseCase;
import io.gridflex.domain.sensor.EntityAddress;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * Where the server meets the application: one {@link Gridflex}, assembled by the application from
 * the JDBC adapter's ports and the configuration exactly as an embedder assembles one from the
 * in-memory adapter, and each of its use cases as a bean (so controllers ask for in-ports only).
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

    /**
     * The one assembly. Schedulers: the server's beans (a plugin's {@code @Singleton}) beside what
     * ServiceLoader finds (the planner adapter's). Closing it ends its solver threads.
     */
    @Singleton
    @Bean(preDestroy = "close")
    Gridflex gridflex(Stores stores, Clock clock, List<Scheduler> schedulerBeans,
                      @Value("${gridflex.auth.token-lifetime:6h}") Duration tokenLifetime,
                      @Value("${gridflex.sensor-data.allow-overwrite:false}") boolean allowOverwrite,
                      @Value("${gridflex.registry.warn-unknown-sensors:false}") boolean warnUnknownSensors,
                      @Value("${gridflex.scheduling.planning-horizon:48h}") Duration planningHorizon,
                      @Value("${gridflex.scheduling.max-planning-steps:2520}") int maxPlanningSteps,
                      @Value("${gridflex.scheduling.job-timeout:3m}") Duration jobTimeout,
                      @Value("${gridflex.scheduling.poll-interval:500ms}") Duration pollInterval,
                      @Value("${gridflex.entity-address.since:2026-01}") String addressesSince,
                      @Value("${gridflex.entity-address.domain:localhost}") String addressDomain) {
        return Gridflex.builder()
                .stores(stores)
                .clock(clock)
                .tokenLifetime(tokenLifetime)
                .allowOverwrite(allowOverwrite)
                .warnUnknownSensors(warnUnknownSensors)
                .planningHorizon(planningHorizon)
                .maxPlanningSteps(maxPlanningSteps)
                .jobTimeout(jobTimeout)
                .namingAuthority(EntityAddress.NamingAuthority.of(YearMonth.parse(addressesSince), addressDomain))
                .schedulers(schedulerBeans)
                .workerName(SchedulingWorkers.instanceName())
                .pollInterval(pollInterval)
                .build();
    }

    /** Who names the sensors in their entity addresses (ea1.&lt;month&gt;.&lt;reversed domain&gt;:fm1.&lt;id&gt;). */
    @Singleton
    EntityAddress.NamingAuthority namingAuthority(Gridflex gridflex) {
        return gridflex.namingAuthority();
    }

    @Singleton
    SchedulerRegistry schedulerRegistry(Gridflex gridflex) {
        return gridflex.schedulers();
    }

    // ---- accounts, users, authentication

    @Singleton
    RequestAuthTokenUseCase requestAuthToken(Gridflex gridflex) {
        return gridflex.requestAuthToken();
    }

    @Singleton
    AuthenticateTokenUseCase authenticateToken(Gridflex gridflex) {
        return gridflex.authenticateToken();
    }

    @Singleton
    EnsureFirstAdminUseCase ensureFirstAdmin(Gridflex gridflex) {
        return gridflex.ensureFirstAdmin();
    }

    @Singleton
    ListAccountsUseCase listAccounts(Gridflex gridflex) {
        return gridflex.listAccounts();
    }

    @Singleton
    GetAccountUseCase getAccount(Gridflex gridflex) {
        return gridflex.getAccount();
    }

    @Singleton
    RegisterAccountUseCase registerAccount(Gridflex gridflex) {
        return gridflex.registerAccount();
    }

    @Singleton
    UpdateAccountUseCase updateAccount(Gridflex gridflex) {
        return gridflex.updateAccount();
    }

    @Singleton
    ListUsersUseCase listUsers(Gridflex gridflex) {
        return gridflex.listUsers();
    }

    @Singleton
    GetUserUseCase getUser(Gridflex gridflex) {
        return gridflex.getUser();
    }

    @Singleton
    RegisterUserUseCase registerUser(Gridflex gridflex) {
        return gridflex.registerUser();
    }

    @Singleton
    UpdateUserUseCase updateUser(Gridflex gridflex) {
        return gridflex.updateUser();
    }

    @Singleton
    ResetPasswordUseCase resetPassword(Gridflex gridflex) {
        return gridflex.resetPassword();
    }

    @Singleton
    ListUserAuditLogUseCase listUserAuditLog(Gridflex gridflex) {
        return gridflex.listUserAuditLog();
    }

    @Singleton
    ListAccountAuditLogUseCase listAccountAuditLog(Gridflex gridflex) {
        return gridflex.listAccountAuditLog();
    }

    // ---- assets

    @Singleton
    ListAssetsUseCase listAssets(Gridflex gridflex) {
        return gridflex.listAssets();
    }

    @Singleton
    ListPublicAssetsUseCase listPublicAssets(Gridflex gridflex) {
        return gridflex.listPublicAssets();
    }

    @Singleton
    GetAssetUseCase getAsset(Gridflex gridflex) {
        return gridflex.getAsset();
    }

    @Singleton
    RegisterAssetUseCase registerAsset(Gridflex gridflex) {
        return gridflex.registerAsset();
    }

    @Singleton
    UpdateAssetUseCase updateAsset(Gridflex gridflex) {
        return gridflex.updateAsset();
    }

    @Singleton
    DeleteAssetUseCase deleteAsset(Gridflex gridflex) {
        return gridflex.deleteAsset();
    }

    @Singleton
    ListAssetAuditLogUseCase listAssetAuditLog(Gridflex gridflex) {
        return gridflex.listAssetAuditLog();
    }

    @Singleton
    ListAssetTypesUseCase listAssetTypes(Gridflex gridflex) {
        return gridflex.listAssetTypes();
    }

    @Singleton
    RegisterAssetTypeUseCase registerAssetType(Gridflex gridflex) {
        return gridflex.registerAssetType();
    }

    @Singleton
    SetDefaultAssetViewUseCase setDefaultAssetView(Gridflex gridflex) {
        return gridflex.setDefaultAssetView();
    }

    // ---- sensors

    @Singleton
    ListSensorsUseCase listSensors(Gridflex gridflex) {
        return gridflex.listSensors();
    }

    @Singleton
    FindSensorsByNameUseCase findSensorsByName(Gridflex gridflex) {
        return gridflex.findSensorsByName();
    }

    @Singleton
    ListAssetSensorsUseCase listAssetSensors(Gridflex gridflex) {
        return gridflex.listAssetSensors();
    }

    @Singleton
    GetSensorUseCase getSensor(Gridflex gridflex) {
        return gridflex.getSensor();
    }

    @Singleton
    RegisterSensorUseCase registerSensor(Gridflex gridflex) {
        return gridflex.registerSensor();
    }

    @Singleton
    UpdateSensorUseCase updateSensor(Gridflex gridflex) {
        return gridflex.updateSensor();
    }

    @Singleton
    DeleteSensorUseCase deleteSensor(Gridflex gridflex) {
        return gridflex.deleteSensor();
    }

    // ---- sensor data

    @Singleton
    RecordBeliefsUseCase recordBeliefs(Gridflex gridflex) {
        return gridflex.recordBeliefs();
    }

    @Singleton
    ReadSensorDataUseCase readSensorData(Gridflex gridflex) {
        return gridflex.readSensorData();
    }

    @Singleton
    DeleteSensorDataUseCase deleteSensorData(Gridflex gridflex) {
        return gridflex.deleteSensorData();
    }

    @Singleton
    GetSensorStatsUseCase getSensorStats(Gridflex gridflex) {
        return gridflex.getSensorStats();
    }

    @Singleton
    GetSensorStatusUseCase getSensorStatus(Gridflex gridflex) {
        return gridflex.getSensorStatus();
    }

    // ---- communities

    @Singleton
    ImportCommunityUseCase importCommunity(Gridflex gridflex) {
        return gridflex.importCommunity();
    }

    @Singleton
    RegisterMemberUseCase registerMember(Gridflex gridflex) {
        return gridflex.registerMember();
    }

    @Singleton
    ChangeMemberUseCase changeMember(Gridflex gridflex) {
        return gridflex.changeMember();
    }

    @Singleton
    RemoveMemberUseCase removeMember(Gridflex gridflex) {
        return gridflex.removeMember();
    }

    @Singleton
    PutDeliveryPointUseCase putDeliveryPoint(Gridflex gridflex) {
        return gridflex.putDeliveryPoint();
    }

    @Singleton
    RemoveDeliveryPointUseCase removeDeliveryPoint(Gridflex gridflex) {
        return gridflex.removeDeliveryPoint();
    }

    @Singleton
    PutAssetUseCase putCommunityAsset(Gridflex gridflex) {
        return gridflex.putCommunityAsset();
    }

    @Singleton
    RemoveAssetUseCase removeCommunityAsset(Gridflex gridflex) {
        return gridflex.removeCommunityAsset();
    }

    @Singleton
    ExportCommunitiesUseCase exportCommunities(Gridflex gridflex) {
        return gridflex.exportCommunities();
    }

    @Singleton
    ListCommunitiesUseCase listCommunities(Gridflex gridflex) {
        return gridflex.listCommunities();
    }

    @Singleton
    GetCommunityUseCase getCommunity(Gridflex gridflex) {
        return gridflex.getCommunity();
    }

    @Singleton
    ListMembersUseCase listMembers(Gridflex gridflex) {
        return gridflex.listMembers();
    }

    @Singleton
    GetMemberUseCase getMember(Gridflex gridflex) {
        return gridflex.getMember();
    }

    @Singleton
    ListDeliveryPointsUseCase listDeliveryPoints(Gridflex gridflex) {
        return gridflex.listDeliveryPoints();
    }

    @Singleton
    ListCommunityAssetsUseCase listCommunityAssets(Gridflex gridflex) {
        return gridflex.listCommunityAssets();
    }

    @Singleton
    LookUpRegistryUseCase lookUpRegistry(Gridflex gridflex) {
        return gridflex.lookUpRegistry();
    }

    @Singleton
    GetOwnMembershipUseCase getOwnMembership(Gridflex gridflex) {
        return gridflex.getOwnMembership();
    }

    @Singleton
    TraceTopologyUseCase traceTopology(Gridflex gridflex) {
        return gridflex.traceTopology();
    }

    // ---- scheduling

    @Singleton
    TriggerScheduleUseCase triggerSchedule(Gridflex gridflex) {
        return gridflex.triggerSchedule();
    }

    @Singleton
    GetScheduleUseCase getSchedule(Gridflex gridflex) {
        return gridflex.getSchedule();
    }

    @Singleton
    GetAssetKpisUseCase getAssetKpis(Gridflex gridflex) {
        return gridflex.getAssetKpis();
    }

    @Singleton
    ListAssetJobsUseCase listAssetJobs(Gridflex gridflex) {
        return gridflex.listAssetJobs();
    }

    @Singleton
    RunSchedulingJobsUseCase runSchedulingJobs(Gridflex gridflex) {
        return gridflex.runSchedulingJobs();
    }

    // ---- health

    @Singleton
    CheckReadinessUseCase checkReadiness(Gridflex gridflex) {
        return gridflex.checkReadiness();
    }
}
