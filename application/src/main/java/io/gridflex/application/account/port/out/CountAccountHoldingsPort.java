package io.gridflex.application.account.port.out;

import io.gridflex.application.account.query.AccountHoldings;
import io.gridflex.domain.account.AccountId;
import java.util.Map;
import java.util.Set;

/** Counts what accounts hold (users, assets), for listings that show or sort by it. */
public interface CountAccountHoldingsPort {

    /** Every given account's holdings ({@link AccountHoldings#NONE} for one holding nothing, or unknown). */
    Map<AccountId, AccountHoldings> countHoldings(Set<AccountId> accounts);
}
