package io.gridflex.application.belief.port.out;

import io.gridflex.domain.belief.Belief;
import java.util.List;

/** Writes beliefs in bulk, never row by row. */
public interface AppendBeliefsPort {

    /**
     * Stores the beliefs. A belief whose key (sensor, event, belief time, source, probability) is
     * stored already keeps its stored value, unless {@code replace}; either way nothing is stored twice.
     *
     * @return how many beliefs were written
     */
    long appendBeliefs(List<Belief> beliefs, boolean replace);
}
