package io.gridflex.adapter.memory;

import io.gridflex.application.Stores;
import io.gridflex.application.account.port.out.CountAccountHoldingsPort;
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
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every in-memory store, sharing one lock and one transaction boundary, with a PBKDF2 hasher and
 * an opaque token issuer: the {@link Stores} an embedder or a test hands to
 * {@code Gridflex.builder().stores(…)}. The fields give tests each store whole.
 */
public final class InMemoryStores implements Stores {

    public final InMemoryAccountStore accounts;
    public final InMemoryAssetStore assets;
    public final InMemoryBeliefStore beliefs;
    public final InMemoryAuditLog auditLog;
    public final InMemorySchedulingJobs schedulingJobs;
    public final InMemoryCommunityStore communities;
    public final InMemoryTransactions transactions;
    private final InMemoryAccountHoldings accountHoldings;
    public final ProbeStorePort probe = () -> true;
    private final PasswordHasher passwordHasher = new Pbkdf2PasswordHasher();
    private final TokenIssuer tokenIssuer = new InMemoryTokenIssuer();

    public InMemoryStores() {
        ReentrantLock lock = new ReentrantLock();
        this.accounts = new InMemoryAccountStore(lock);
        this.assets = new InMemoryAssetStore(lock, accounts);
        this.beliefs = new InMemoryBeliefStore(lock, assets);
        this.auditLog = new InMemoryAuditLog(lock);
        this.schedulingJobs = new InMemorySchedulingJobs(lock);
        this.communities = new InMemoryCommunityStore(lock);
        this.accountHoldings = new InMemoryAccountHoldings(accounts, assets);
        this.transactions = new InMemoryTransactions(lock, List.of(accounts, assets, beliefs, auditLog, schedulingJobs, communities));
    }

    /** Empty stores (but for the seeded asset types), as a fresh database would be. */
    public static InMemoryStores create() {
        return new InMemoryStores();
    }

    @Override
    public LoadAccountsPort loadAccounts() {
        return accounts;
    }

    @Override
    public SaveAccountPort saveAccount() {
        return accounts;
    }

    @Override
    public LoadUsersPort loadUsers() {
        return accounts;
    }

    @Override
    public CountAccountHoldingsPort countAccountHoldings() {
        return accountHoldings;
    }

    @Override
    public SaveUserPort saveUser() {
        return accounts;
    }

    @Override
    public UserPreferencesPort userPreferences() {
        return accounts;
    }

    @Override
    public RecordAuditEventPort recordAuditEvent() {
        return auditLog;
    }

    @Override
    public LoadAuditLogPort loadAuditLog() {
        return auditLog;
    }

    @Override
    public LoadAssetsPort loadAssets() {
        return assets;
    }

    @Override
    public SaveAssetPort saveAsset() {
        return assets;
    }

    @Override
    public LoadAssetTypesPort loadAssetTypes() {
        return assets;
    }

    @Override
    public SaveAssetTypePort saveAssetType() {
        return assets;
    }

    @Override
    public LoadSensorsPort loadSensors() {
        return assets;
    }

    @Override
    public SaveSensorPort saveSensor() {
        return assets;
    }

    @Override
    public LoadBeliefsPort loadBeliefs() {
        return beliefs;
    }

    @Override
    public AppendBeliefsPort appendBeliefs() {
        return beliefs;
    }

    @Override
    public DeleteBeliefsPort deleteBeliefs() {
        return beliefs;
    }

    @Override
    public LoadBeliefStatsPort beliefStats() {
        return beliefs;
    }

    @Override
    public AggregateBeliefsPort aggregateBeliefs() {
        return beliefs;
    }

    @Override
    public SourcesPort sources() {
        return beliefs;
    }

    @Override
    public SchedulingJobsPort schedulingJobs() {
        return schedulingJobs;
    }

    @Override
    public LoadCommunitiesPort loadCommunities() {
        return communities;
    }

    @Override
    public ReplaceCommunityPort replaceCommunity() {
        return communities;
    }

    @Override
    public FindHoldersPort findHolders() {
        return communities;
    }

    @Override
    public WriteMembersPort writeMembers() {
        return communities;
    }

    @Override
    public TransactionPort transactions() {
        return transactions;
    }

    @Override
    public ProbeStorePort probe() {
        return probe;
    }

    @Override
    public TokenIssuer tokenIssuer() {
        return tokenIssuer;
    }

    @Override
    public PasswordHasher passwordHasher() {
        return passwordHasher;
    }
}
