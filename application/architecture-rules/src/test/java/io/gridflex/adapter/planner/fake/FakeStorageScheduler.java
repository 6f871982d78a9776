package io.gridflex.adapter.planner.fake;

/** Stands in for a class of gridflex's planner adapter, which this module cannot depend on. */
public class FakeStorageScheduler {
    public String name() {
        return "StorageScheduler";
    }
}
