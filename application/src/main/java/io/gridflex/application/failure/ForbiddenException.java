package io.gridflex.application.failure;

/** The caller is known, but the policy does not let them do this. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
