package io.gridflex.adapter.memory;

import io.gridflex.application.health.port.out.ProbeStorePort;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every in-memory store, sharing one lock and one transaction boundary. An embedder or a test
 * builds the services from these fields exactly as the server's factory builds them from the JDBC
 * adapter.
 */
public final class InMemoryStores {

    public final InMemoryAccountStore accounts;
    public final InMemoryAssetStore assets;
    public final InMemoryBeliefStore beliefs;
    public final InMemoryAuditLog auditLog;
    public final InMemorySchedulingJobs schedulingJobs;
    public final InMemoryCommunityStore communities;
    public final InMemoryTransactions transactions;
    public final ProbeStorePort probe = () -> true;

    public InMemoryStores() {
        ReentrantLock lock = new ReentrantLock();
        this.accounts = new InMemoryAccountStore(lock);
        this.assets = new InMemoryAssetStore(lock, accounts);
        this.beliefs = new InMemoryBeliefStore(lock, assets);
        this.auditLog = new InMemoryAuditLog(lock);
        this.schedulingJobs = new InMemorySchedulingJobs(lock);
        this.communities = new InMemoryCommunityStore(lock);
        this.transactions = new InMemoryTransactions(lock, List.of(accounts, assets, beliefs, auditLog, schedulingJobs, communities));
    }
}
