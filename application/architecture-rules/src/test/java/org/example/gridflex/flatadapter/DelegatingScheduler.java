package org.example.gridflex.flatadapter;

import io.gridflex.adapter.planner.fake.FakeStorageScheduler;

/** Breaks only_bootstrap_depends_on_adapters: flat plugin code using gridflex's planner adapter. */
public class DelegatingScheduler {
    public String name() {
        return "Delegating to " + new FakeStorageScheduler().name();
    }
}
