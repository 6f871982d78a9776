package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;

public record AccountId(long value) {
    public AccountId {
        Require.positive("account_id", value);
    }

    public static AccountId of(long value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
