package io.gridflex.application.account.query;

import io.gridflex.domain.invariant.Require;

/** What an account holds: its users (active or not) and its assets — FlexMeasures' {@code user_count}, {@code asset_count}. */
public record AccountHoldings(long users, long assets) {

    public static final AccountHoldings NONE = new AccountHoldings(0, 0);

    public AccountHoldings {
        Require.that(users >= 0 && assets >= 0, "holdings", "Counts are never negative.");
    }
}
