package io.gridflex.domain.failure;

import java.util.List;

/**
 * A request that is well formed but refused by a business rule, with every reason found (a
 * community breaking several invariants, a member that is ambiguous); the first reason is the answer's.
 */
public final class RefusedException extends Failure {

    private final transient List<Refusal> refusals;

    public RefusedException(Reason reason, String detail) {
        this(List.of(new Refusal(reason, detail)));
    }

    public RefusedException(List<Refusal> refusals) {
        this(first(refusals).detail(), refusals);
    }

    /** Several refusals summed up in one message (an import's: "Import of 'k' refused: …; …"). */
    public RefusedException(String message, List<Refusal> refusals) {
        super(message);
        first(refusals);
        this.refusals = List.copyOf(refusals);
    }

    private static Refusal first(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a reason.");
        }
        return refusals.get(0);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    public Refusal first() {
        return refusals.get(0);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.refused(this);
    }
}
