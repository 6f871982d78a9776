package io.gridflex.domain.invariant;

/**
 * A value object refused to be built because one of its fields breaks an invariant.
 * It names the field as clients know it, so that an adapter can report "which field, and why"
 * without parsing messages.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** The message without the field name. */
    public String reason() {
        return reason;
    }
}
