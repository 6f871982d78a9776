package io.gridflex.application.account.port.in;

import io.gridflex.application.page.Page;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;

public interface ListUsersUseCase {
    Page<User> listUsers(Actor actor, ListUsersCommand command);
}
