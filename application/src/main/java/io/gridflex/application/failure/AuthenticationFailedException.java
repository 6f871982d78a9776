package io.gridflex.application.failure;

/** Credentials or token did not identify an active user. Deliberately says nothing about which part was wrong. */
public class AuthenticationFailedException extends RuntimeException {
    public AuthenticationFailedException() {
        super("You could not be properly authenticated for this content or functionality.");
    }
}
