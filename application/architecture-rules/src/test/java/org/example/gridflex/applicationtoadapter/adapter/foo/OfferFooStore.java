package org.example.gridflex.applicationtoadapter.adapter.foo;

public class OfferFooStore {
    public void save() {
    }
}
