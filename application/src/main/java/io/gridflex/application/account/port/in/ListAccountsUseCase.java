package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import java.util.List;

/** The accounts the actor may read: all for admins and admin-readers, else their own and their consultancy clients. */
public interface ListAccountsUseCase {
    List<Account> listAccounts(Actor actor);
}
