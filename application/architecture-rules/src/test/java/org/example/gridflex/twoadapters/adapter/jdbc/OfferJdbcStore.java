package org.example.gridflex.twoadapters.adapter.jdbc;

public class OfferJdbcStore {
    public void save() {
    }
}
