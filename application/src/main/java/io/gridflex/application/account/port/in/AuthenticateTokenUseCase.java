package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.Actor;
import java.util.Optional;

/** Who a token stands for: an active user whose token stamp still matches, else nobody. */
public interface AuthenticateTokenUseCase {
    Optional<Actor> authenticateToken(String token);
}
