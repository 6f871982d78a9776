package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;

/**
 * An account-level role such as {@value Account#CONSULTANCY}: a free name, registered once and shared by
 * the accounts that hold it, with the id the store gave it (FlexMeasures' {@code account_role} table, whose
 * ids its API shows: {@code "account_roles": [{"id": 1, "name": "Prosumer"}]}).
 */
public record AccountRole(long id, String name) {

    public static final int MAX_NAME_LENGTH = 80;

    public AccountRole {
        Require.positive("account_roles", id);
        name = requireName(name);
    }

    /** A role name as an account role may carry one: text of at most {@value #MAX_NAME_LENGTH} characters. */
    public static String requireName(String name) {
        return Require.text("account_roles", name, MAX_NAME_LENGTH);
    }
}
