package io.gridflex.application.account.port.out;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountRole;
import io.gridflex.domain.account.NewAccount;
import java.util.Set;

/**
 * Writes accounts. A name already taken is refused with a
 * {@link io.gridflex.domain.failure.ConflictException} naming the field {@code name}.
 */
public interface SaveAccountPort {

    /** Stores a new account; role names not seen before are registered as account roles, in the order of their names. */
    Account createAccount(NewAccount account);

    /** The account roles of these names, those not seen before registered (in the order of their names). */
    Set<AccountRole> registerAccountRoles(Set<String> names);

    Account updateAccount(Account account);
}
