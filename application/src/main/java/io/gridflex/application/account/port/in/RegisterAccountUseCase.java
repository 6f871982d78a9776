package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.NewAccount;

public interface RegisterAccountUseCase {
    Account registerAccount(Actor actor, NewAccount account);
}
