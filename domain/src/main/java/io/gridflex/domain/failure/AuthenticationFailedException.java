package io.gridflex.domain.failure;

/** Credentials or token did not identify an active user. Deliberately says nothing about which part was wrong. */
public final class AuthenticationFailedException extends Failure {

    public AuthenticationFailedException() {
        super("You could not be properly authenticated for this content or functionality.");
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.unauthenticated(this);
    }
}
