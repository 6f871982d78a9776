package io.gridflex.application.belief.port.in;

/** What became of posted values: expected outcomes, not failures. */
public sealed interface RecordOutcome {

    /** New beliefs were stored. */
    record Recorded(long stored) implements RecordOutcome {
    }

    /** Everything posted was known already; nothing was stored. */
    record AlreadyKnown() implements RecordOutcome {
    }

    /** A different value for an event, source and belief time already stored: nothing was stored. */
    record ReplacementRefused(String reason) implements RecordOutcome {
    }
}
