package io.gridflex.domain.community;

import io.gridflex.domain.failure.InvalidValueException;
import java.util.regex.Pattern;

/** The keys of the registry (community, area, member, asset): letters, digits, '-' and '_', at most 128. */
final class Key {

    static final int MAX_LENGTH = 128;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private Key() {
    }

    static boolean isKey(String key) {
        return key != null && key.length() <= MAX_LENGTH && KEY.matcher(key).matches();
    }

    static String require(String field, String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidValueException(field, "Missing data for required field.");
        }
        if (key.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "A key has at most " + MAX_LENGTH + " characters; this one has " + key.length() + ".");
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidValueException(field, "A key is letters, digits, '-' and '_', starting with a letter or digit: '"
                    + key + "'.");
        }
        return key;
    }
}
