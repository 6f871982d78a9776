package io.gridflex.bootstrap;

import io.gridflex.application.Stores;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.CountAccountHoldingsPort;
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
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.belief.port.out.AggregateBeliefsPort;
import io.gridflex.application.belief.port.out.AppendBeliefsPort;
import io.gridflex.application.belief.port.out.DeleteBeliefsPort;
import io.gridflex.application.belief.port.out.LoadBeliefStatsPort;
import io.gridflex.application.belief.port.out.LoadBeliefsPort;
import io.gridflex.application.belief.port.out.SourcesPort;
import io.gridflex.application.community.port.out.FindHoldersPort;
import io.gridflex.application.community.port.out.WriteMembersPort;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.port.out.ReplaceCommunityPort;
import io.gridflex.application.health.port.out.ProbeStorePort;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.sensor.port.out.SaveSensorPort;
import io.gridflex.application.transaction.TransactionPort;
import jakarta.inject.Singleton;

/**
 * The server's {@link Stores}: the JDBC adapter's ports, the PBKDF2 hasher and the JWT issuer, as
 * Micronaut beans, injected by type into its components (so a port cannot land in the wrong place).
 */
@Singleton
record ServerStores(LoadAccountsPort loadAccounts, SaveAccountPort saveAccount, CountAccountHoldingsPort countAccountHoldings,
                    LoadUsersPort loadUsers, SaveUserPort saveUser,
                    UserPreferencesPort userPreferences, RecordAuditEventPort recordAuditEvent, LoadAuditLogPort loadAuditLog,
                    LoadAssetsPort loadAssets, SaveAssetPort saveAsset, LoadAssetTypesPort loadAssetTypes,
                    SaveAssetTypePort saveAssetType, LoadSensorsPort loadSensors, SaveSensorPort saveSensor,
                    LoadBeliefsPort loadBeliefs, AppendBeliefsPort appendBeliefs, DeleteBeliefsPort deleteBeliefs,
                    LoadBeliefStatsPort beliefStats, AggregateBeliefsPort aggregateBeliefs, SourcesPort sources,
                    SchedulingJobsPort schedulingJobs, LoadCommunitiesPort loadCommunities, ReplaceCommunityPort replaceCommunity,
                    FindHoldersPort findHolders, WriteMembersPort writeMembers, TransactionPort transactions, ProbeStorePort probe, TokenIssuer tokenIssuer,
                    PasswordHasher passwordHasher)
        implements Stores {
}
