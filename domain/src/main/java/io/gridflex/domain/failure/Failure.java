package io.gridflex.domain.failure;

/**
 * The one, closed vocabulary in which the core says no. Every API adapter translates each of these
 * into its own error shape through {@link Cases}, so a new failure kind is a compile error in
 * every API until it has an answer there, and a new API adds one {@code Cases}, not a branch per handler.
 */
public abstract sealed class Failure extends RuntimeException
        permits NotFoundException, ForbiddenException, ConflictException, InvalidValueException, RefusedException,
        AuthenticationFailedException {

    Failure(String message) {
        super(message);
    }

    public abstract <R> R accept(Cases<R> cases);

    /** One answer for each kind of failure: what an API adapter implements once. */
    public interface Cases<R> {
        R notFound(NotFoundException failure);

        R forbidden(ForbiddenException failure);

        R conflict(ConflictException failure);

        R invalid(InvalidValueException failure);

        R refused(RefusedException failure);

        R unauthenticated(AuthenticationFailedException failure);
    }
}
