package io.gridflex.domain.community;

import java.util.List;

/** A community refused whole, with every refusal found; the first one's code is the answer's. */
public class CommunityRefusedException extends RuntimeException {

    private final transient List<Refusal> refusals;

    public CommunityRefusedException(List<Refusal> refusals) {
        super(refusals.isEmpty() ? "Refused." : refusals.get(0).detail());
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a reason.");
        }
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    public Refusal first() {
        return refusals.get(0);
    }
}
