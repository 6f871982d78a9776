package org.example.gridflex.tobootstrap.adapter.rest;

import org.example.gridflex.tobootstrap.bootstrap.OfferWiring;

/** Breaks nothing_depends_on_bootstrap. */
public class OfferController {
    public String which() {
        return OfferWiring.name();
    }
}
