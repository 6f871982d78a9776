package io.gridflex.domain.failure;

/** The request clashes with what is stored, such as a name or e-mail that is already taken. */
public final class ConflictException extends Failure {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field (as the core names it) whose value clashes. */
    public String field() {
        return field;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.conflict(this);
    }
}
