package io.gridflex.adapter.memory;

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

record InMemoryFixture(InMemoryStores stores) implements StoreFixture {

    static InMemoryFixture fresh() {
        return new InMemoryFixture(new InMemoryStores());
    }

    @Override
    public LoadAccountsPort loadAccounts() {
        return stores.accounts;
    }

    @Override
    public SaveAccountPort saveAccount() {
        return stores.accounts;
    }

    @Override
    public LoadUsersPort loadUsers() {
        return stores.accounts;
    }

    @Override
    public SaveUserPort saveUser() {
        return stores.accounts;
    }

    @Override
    public RecordAuditEventPort recordAuditEvent() {
        return stores.auditLog;
    }

    @Override
    public LoadAuditLogPort loadAuditLog() {
        return stores.auditLog;
    }

    @Override
    public TransactionPort transactions() {
        return stores.transactions;
    }

    @Override
    public LoadAssetsPort loadAssets() {
        return stores.assets;
    }

    @Override
    public SaveAssetPort saveAsset() {
        return stores.assets;
    }

    @Override
    public LoadAssetTypesPort loadAssetTypes() {
        return stores.assets;
    }

    @Override
    public SaveAssetTypePort saveAssetType() {
        return stores.assets;
    }

    @Override
    public LoadSensorsPort loadSensors() {
        return stores.assets;
    }

    @Override
    public SaveSensorPort saveSensor() {
        return stores.assets;
    }

    @Override
    public UserPreferencesPort userPreferences() {
        return stores.accounts;
    }

    @Override
    public LoadBeliefsPort loadBeliefs() {
        return stores.beliefs;
    }

    @Override
    public AppendBeliefsPort appendBeliefs() {
        return stores.beliefs;
    }

    @Override
    public DeleteBeliefsPort deleteBeliefs() {
        return stores.beliefs;
    }

    @Override
    public LoadBeliefStatsPort beliefStats() {
        return stores.beliefs;
    }

    @Override
    public SourcesPort sources() {
        return stores.beliefs;
    }

    @Override
    public AggregateBeliefsPort aggregateBeliefs() {
        return stores.beliefs;
    }

    @Override
    public io.gridflex.application.scheduling.port.out.SchedulingJobsPort schedulingJobs() {
        return stores.schedulingJobs;
    }

    @Override
    public io.gridflex.application.community.port.out.LoadCommunitiesPort loadCommunities() {
        return stores.communities;
    }

    @Override
    public io.gridflex.application.community.port.out.ReplaceCommunityPort replaceCommunity() {
        return stores.communities;
    }

    @Override
    public io.gridflex.application.community.port.out.FindHoldersPort findHolders() {
        return stores.communities;
    }

    @Override
    public io.gridflex.application.community.port.out.WriteMembersPort writeMembers() {
        return stores.communities;
    }
}
