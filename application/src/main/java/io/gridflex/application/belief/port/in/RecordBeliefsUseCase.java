package io.gridflex.application.belief.port.in;

import io.gridflex.domain.account.Actor;
import java.util.List;

public interface RecordBeliefsUseCase {

    RecordOutcome recordBeliefs(Actor actor, RecordBeliefsCommand command);

    /**
     * Several sensors' values in one unit of work: every command is checked before anything is
     * stored, and either all new beliefs are stored or none (a replacement refused for one sensor
     * stores nothing for the others). Recorded counts the beliefs of every sensor.
     */
    RecordOutcome recordBeliefs(Actor actor, List<RecordBeliefsCommand> commands);
}
