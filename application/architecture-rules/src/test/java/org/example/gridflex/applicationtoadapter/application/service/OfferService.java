package org.example.gridflex.applicationtoadapter.application.service;

import org.example.gridflex.applicationtoadapter.adapter.foo.OfferFooStore;

/** Breaks only_bootstrap_depends_on_adapters: a service using its adapter instead of a port. */
public class OfferService {
    public void offer() {
        new OfferFooStore().save();
    }
}
