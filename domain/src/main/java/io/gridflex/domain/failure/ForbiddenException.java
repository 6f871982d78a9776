package io.gridflex.domain.failure;

/** The caller is known, but the policy does not let them do this. */
public final class ForbiddenException extends Failure {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.forbidden(this);
    }
}
