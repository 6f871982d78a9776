package io.gridflex.domain.failure;

import java.util.Objects;

/** One reason for a refusal, with a detail naming the thing at fault. */
public record Refusal(Reason code, String detail) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
