package io.gridflex.application.contract;

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
import io.gridflex.application.community.port.out.FindHoldersPort;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.port.out.ReplaceCommunityPort;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.sensor.port.out.SaveSensorPort;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.transaction.TransactionPort;

/** The store ports of one adapter, empty at the start of each test (but for the seeded asset types). */
public interface StoreFixture {
    LoadAccountsPort loadAccounts();

    SaveAccountPort saveAccount();

    LoadUsersPort loadUsers();

    SaveUserPort saveUser();

    RecordAuditEventPort recordAuditEvent();

    LoadAuditLogPort loadAuditLog();

    TransactionPort transactions();

    LoadAssetsPort loadAssets();

    SaveAssetPort saveAsset();

    LoadAssetTypesPort loadAssetTypes();

    SaveAssetTypePort saveAssetType();

    LoadSensorsPort loadSensors();

    SaveSensorPort saveSensor();

    UserPreferencesPort userPreferences();

    LoadBeliefsPort loadBeliefs();

    AppendBeliefsPort appendBeliefs();

    DeleteBeliefsPort deleteBeliefs();

    LoadBeliefStatsPort beliefStats();

    SourcesPort sources();

    AggregateBeliefsPort aggregateBeliefs();

    SchedulingJobsPort schedulingJobs();

    LoadCommunitiesPort loadCommunities();

    ReplaceCommunityPort replaceCommunity();

    FindHoldersPort findHolders();

    io.gridflex.application.community.port.out.WriteMembersPort writeMembers();
}
