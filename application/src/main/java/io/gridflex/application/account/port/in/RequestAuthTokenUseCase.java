package io.gridflex.application.account.port.in;

/**
 * Logs a user in with e-mail and password and hands out a token.
 * Fails with {@link io.gridflex.domain.failure.AuthenticationFailedException} for an unknown
 * e-mail, a wrong password or an inactive user alike.
 */
public interface RequestAuthTokenUseCase {
    AuthToken requestAuthToken(String email, String password);
}
