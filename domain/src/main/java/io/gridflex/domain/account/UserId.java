package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;

public record UserId(long value) {
    public UserId {
        Require.positive("id", value);
    }

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
