package io.gridflex.domain.account;

import java.util.function.Function;

/** The answer of a permission rule: allowed, or denied with a reason a client may read. */
public record Verdict(boolean allowed, String reason) {

    private static final Verdict ALLOWED = new Verdict(true, "");

    public static Verdict allow() {
        return ALLOWED;
    }

    public static Verdict deny(String reason) {
        return new Verdict(false, reason);
    }

    public static Verdict when(boolean condition, String reasonIfNot) {
        return condition ? ALLOWED : deny(reasonIfNot);
    }

    public boolean denied() {
        return !allowed;
    }

    /** Passes when allowed; otherwise throws what {@code failure} makes of the reason. */
    public void orElseThrow(Function<String, ? extends RuntimeException> failure) {
        if (!allowed) {
            throw failure.apply(reason);
        }
    }
}
