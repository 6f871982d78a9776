package io.gridflex.application.account.port.out;

import io.gridflex.domain.account.PasswordHash;

/** One-way password hashing with a per-password salt. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    /** Whether the password is the one that was hashed; takes the same time whatever the answer. */
    boolean matches(String password, PasswordHash hash);
}
