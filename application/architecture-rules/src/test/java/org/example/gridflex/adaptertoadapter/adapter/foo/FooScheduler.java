package org.example.gridflex.adaptertoadapter.adapter.foo;

import io.gridflex.adapter.planner.fake.FakeStorageScheduler;

/** Breaks adapters_do_not_depend_on_each_other: the plugin's adapter using gridflex's planner adapter. */
public class FooScheduler {
    public String name() {
        return "Foo after " + new FakeStorageScheduler().name();
    }
}
