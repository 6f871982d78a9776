package io.gridflex.application.account.port.in;

import io.gridflex.application.account.query.AccountQuery;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import java.util.List;
import java.util.Optional;

/** The accounts the actor may read: all for admins and admin-readers, else their own and, for consultants, its clients. */
public interface ListAccountsUseCase {

    /** All of them, by id. */
    List<Account> listAccounts(Actor actor);

    /**
     * Those matching the query, in its order, each with what it holds; one page of them when asked
     * ({@code totalRecords}: every readable account; {@code filteredRecords}: those matching).
     */
    Page<ListedAccount> listAccounts(Actor actor, AccountQuery query, Optional<PageRequest> page);
}
