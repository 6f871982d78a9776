package org.example.gridflex.twoadapters.adapter.rest;

import org.example.gridflex.twoadapters.adapter.jdbc.OfferJdbcStore;

/** Breaks adapters_do_not_depend_on_each_other between the plugin's own adapters. */
public class OfferController {
    public void post() {
        new OfferJdbcStore().save();
    }
}
