package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;

/** A password as stored: only ever the hasher's output, never the password itself. */
public record PasswordHash(String value) {
    public PasswordHash {
        Require.text("password", value, 512);
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
