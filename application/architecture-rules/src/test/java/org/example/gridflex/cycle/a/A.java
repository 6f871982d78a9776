package org.example.gridflex.cycle.a;

import org.example.gridflex.cycle.b.B;

/** Breaks packages_are_free_of_cycles, with B. */
public class A {
    public B next() {
        return new B();
    }
}
