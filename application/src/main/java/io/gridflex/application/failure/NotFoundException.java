package io.gridflex.application.failure;

/** The thing asked for does not exist (or, to the caller, must seem not to). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
