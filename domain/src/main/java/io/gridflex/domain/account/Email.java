package io.gridflex.domain.account;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, kept in lower case: users log in with it, and "Ann@x.org" and "ann@x.org"
 * must not become two accounts.
 */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        value = Require.text("email", value, 255).toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "Not a valid email address.");
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
