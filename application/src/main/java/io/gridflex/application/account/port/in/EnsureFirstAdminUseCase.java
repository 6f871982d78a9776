package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.User;
import java.util.Optional;

/**
 * On a store without any user, registers an admin (in an account of its own) so that someone can
 * log in and create the rest through the API. Does nothing once any user exists.
 */
public interface EnsureFirstAdminUseCase {
    Optional<User> ensureFirstAdmin(String email, String password);
}
