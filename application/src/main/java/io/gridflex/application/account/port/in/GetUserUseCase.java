package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserId;

public interface GetUserUseCase {
    User getUser(Actor actor, UserId id);
}
