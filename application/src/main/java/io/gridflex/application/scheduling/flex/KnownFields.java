package io.gridflex.application.scheduling.flex;

import io.gridflex.domain.failure.InvalidValueException;
import java.util.HashSet;
import java.util.Set;

/** The fields a part of a scheduling request may have: anything else is refused, named by its path. */
public final class KnownFields {

    private KnownFields() {
    }

    /**
     * Refuses the first of {@code given} that is not {@code allowed}.
     *
     * @param path where the fields sit ("flex-model[1]"); null at the top of the request
     * @param hint what the refusal adds after "Unknown field" (may be empty)
     */
    public static void require(String path, Set<String> given, Set<String> allowed, String hint) {
        for (String key : given) {
            if (!allowed.contains(key)) {
                throw new InvalidValueException(path == null ? key : path + "." + key, "Unknown field" + hint + ".");
            }
        }
    }

    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
