package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;

public interface RegisterUserUseCase {
    User registerUser(Actor actor, RegisterUserCommand command);
}
