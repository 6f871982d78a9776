package io.gridflex.application.belief.port.in;

import io.gridflex.domain.account.Actor;

public interface RecordBeliefsUseCase {
    RecordOutcome recordBeliefs(Actor actor, RecordBeliefsCommand command);
}
