package io.gridflex.application.account.port.out;

import io.gridflex.domain.account.NewUser;
import io.gridflex.domain.account.User;

/**
 * Writes users. An e-mail or username already taken is refused with a
 * {@link io.gridflex.domain.failure.ConflictException} naming the field.
 */
public interface SaveUserPort {

    User createUser(NewUser user);

    User updateUser(User user);
}
