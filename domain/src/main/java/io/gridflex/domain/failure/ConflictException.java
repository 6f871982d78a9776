package io.gridflex.domain.failure;

/** The request clashes with what is stored, such as a name or e-mail that is already taken. */
public final class ConflictException extends Failure {

    private final String field;
    private final Reason reason;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
        this.reason = null;
    }

    /** A clash an API names by its code (the registry's {@code sensor_held}, {@code user_id_taken} …). */
    public ConflictException(Reason reason, String message) {
        super(message);
        this.field = reason.name().toLowerCase(java.util.Locale.ROOT);
        this.reason = reason;
    }

    /** The clash's code, where it has one. */
    public java.util.Optional<Reason> reason() {
        return java.util.Optional.ofNullable(reason);
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
