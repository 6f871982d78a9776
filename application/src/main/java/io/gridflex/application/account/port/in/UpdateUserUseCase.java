package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserChanges;
import io.gridflex.domain.account.UserId;

public interface UpdateUserUseCase {
    User updateUser(Actor actor, UserId id, UserChanges changes);
}
