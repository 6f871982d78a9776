package io.gridflex.application.account.port.out;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import java.util.List;
import java.util.Optional;

public interface LoadAccountsPort {

    Optional<Account> findAccount(AccountId id);

    Optional<Account> findAccountByName(String name);

    /** All accounts, by id. */
    List<Account> listAccounts();

    /** The accounts whose consultancy is the given account, by id. */
    List<Account> listClientsOf(AccountId consultancy);
}
