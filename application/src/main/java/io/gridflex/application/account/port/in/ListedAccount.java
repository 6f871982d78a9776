package io.gridflex.application.account.port.in;

import io.gridflex.application.account.query.AccountHoldings;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.invariant.Require;

/** An account in a listing, with what it holds. */
public record ListedAccount(Account account, AccountHoldings holdings) {

    public ListedAccount {
        Require.present("account", account);
        Require.present("holdings", holdings);
    }
}
