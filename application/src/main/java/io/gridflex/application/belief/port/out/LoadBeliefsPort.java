package io.gridflex.application.belief.port.out;

import io.gridflex.domain.belief.Belief;
import java.util.List;

public interface LoadBeliefsPort {
    /** The matching beliefs, ordered by event start, then belief time. */
    List<Belief> searchBeliefs(BeliefQuery query);
}
