package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;

public interface GetAccountUseCase {
    Account getAccount(Actor actor, AccountId id);
}
