package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.UserId;

/** Sets a random password and voids every token of the user. */
public interface ResetPasswordUseCase {
    void resetPassword(Actor actor, UserId id);
}
