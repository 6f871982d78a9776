package io.gridflex.adapter.jdbc;

import io.gridflex.adapter.jdbc.account.AccountsJdbcAdapter;
import io.gridflex.adapter.jdbc.account.UserPreferencesJdbcAdapter;
import io.gridflex.adapter.jdbc.asset.AssetsJdbcAdapter;
import io.gridflex.adapter.jdbc.belief.BeliefsJdbcAdapter;
import io.gridflex.adapter.jdbc.sensor.SensorsJdbcAdapter;
import io.gridflex.adapter.jdbc.audit.AuditLogJdbcAdapter;
import io.gridflex.adapter.jdbc.transaction.JdbcTransactions;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.port.out.UserPreferencesPort;
import io.gridflex.application.asset.port.out.LoadAssetTypesPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.port.out.SaveAssetPort;
import io.gridflex.application.asset.port.out.SaveAssetTypePort;
import io.gridflex.application.belief.port.out.AggregateBeliefsPort;
import io.gridflex.application.belief.port.out.AppendBeliefsPort;
import io.gridflex.application.belief.port.out.DeleteBeliefsPort;
import io.gridflex.application.belief.port.out.LoadBeliefStatsPort;
import io.gridflex.application.belief.port.out.LoadBeliefsPort;
import io.gridflex.application.belief.port.out.SourcesPort;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.sensor.port.out.SaveSensorPort;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.contract.StoreFixture;
import io.gridflex.application.transaction.TransactionPort;
import io.micronaut.context.ApplicationContext;

record JdbcFixture(ApplicationContext context) implements StoreFixture {

    static JdbcFixture emptied() {
        ApplicationContext context = TestDatabase.context();
        TestDatabase.truncateAll(context);
        return new JdbcFixture(context);
    }

    @Override
    public LoadAccountsPort loadAccounts() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public SaveAccountPort saveAccount() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public LoadUsersPort loadUsers() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public SaveUserPort saveUser() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public RecordAuditEventPort recordAuditEvent() {
        return context.getBean(AuditLogJdbcAdapter.class);
    }

    @Override
    public LoadAuditLogPort loadAuditLog() {
        return context.getBean(AuditLogJdbcAdapter.class);
    }

    @Override
    public TransactionPort transactions() {
        return context.getBean(JdbcTransactions.class);
    }

    @Override
    public LoadAssetsPort loadAssets() {
        return context.getBean(AssetsJdbcAdapter.class);
    }

    @Override
    public SaveAssetPort saveAsset() {
        return context.getBean(AssetsJdbcAdapter.class);
    }

    @Override
    public LoadAssetTypesPort loadAssetTypes() {
        return context.getBean(AssetsJdbcAdapter.class);
    }

    @Override
    public SaveAssetTypePort saveAssetType() {
        return context.getBean(AssetsJdbcAdapter.class);
    }

    @Override
    public LoadSensorsPort loadSensors() {
        return context.getBean(SensorsJdbcAdapter.class);
    }

    @Override
    public SaveSensorPort saveSensor() {
        return context.getBean(SensorsJdbcAdapter.class);
    }

    @Override
    public UserPreferencesPort userPreferences() {
        return context.getBean(UserPreferencesJdbcAdapter.class);
    }

    @Override
    public LoadBeliefsPort loadBeliefs() {
        return context.getBean(BeliefsJdbcAdapter.class);
    }

    @Override
    public AppendBeliefsPort appendBeliefs() {
        return context.getBean(BeliefsJdbcAdapter.class);
    }

    @Override
    public DeleteBeliefsPort deleteBeliefs() {
        return context.getBean(BeliefsJdbcAdapter.class);
    }

    @Override
    public LoadBeliefStatsPort beliefStats() {
        return context.getBean(BeliefsJdbcAdapter.class);
    }

    @Override
    public SourcesPort sources() {
        return context.getBean(BeliefsJdbcAdapter.class);
    }

    @Override
    public AggregateBeliefsPort aggregateBeliefs() {
        return context.getBean(BeliefsJdbcAdapter.class);
    }

    @Override
    public io.gridflex.application.scheduling.port.out.SchedulingJobsPort schedulingJobs() {
        return context.getBean(io.gridflex.adapter.jdbc.scheduling.SchedulingJobsJdbcAdapter.class);
    }

    @Override
    public io.gridflex.application.community.port.out.LoadCommunitiesPort loadCommunities() {
        return context.getBean(io.gridflex.adapter.jdbc.community.CommunitiesJdbcAdapter.class);
    }

    @Override
    public io.gridflex.application.community.port.out.ReplaceCommunityPort replaceCommunity() {
        return context.getBean(io.gridflex.adapter.jdbc.community.CommunitiesJdbcAdapter.class);
    }

    @Override
    public io.gridflex.application.community.port.out.FindHoldersPort findHolders() {
        return context.getBean(io.gridflex.adapter.jdbc.community.CommunitiesJdbcAdapter.class);
    }

    @Override
    public io.gridflex.application.community.port.out.WriteMembersPort writeMembers() {
        return context.getBean(io.gridflex.adapter.jdbc.community.CommunitiesJdbcAdapter.class);
    }
}
