package org.example.gridflex.cycle.b;

import org.example.gridflex.cycle.a.A;

public class B {
    public A back() {
        return new A();
    }
}
