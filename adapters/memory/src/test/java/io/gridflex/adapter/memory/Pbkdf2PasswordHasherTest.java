package io.gridflex.adapter.memory;

import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.application.contract.PasswordHasherContract;

class Pbkdf2PasswordHasherTest extends PasswordHasherContract {

    private final PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
