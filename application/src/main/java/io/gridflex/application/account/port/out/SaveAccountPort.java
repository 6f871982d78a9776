package io.gridflex.application.account.port.out;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.NewAccount;

/**
 * Writes accounts. A name already taken is refused with a
 * {@link io.gridflex.domain.failure.ConflictException} naming the field {@code name}.
 */
public interface SaveAccountPort {

    Account createAccount(NewAccount account);

    Account updateAccount(Account account);
}
