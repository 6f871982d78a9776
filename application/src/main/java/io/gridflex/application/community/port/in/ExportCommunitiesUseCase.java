package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.attribute.Attributes;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Gives each community (or the one named) as a bundle document, one at a time, so that an export
 * holds one community in memory, never the registry; re-importing a document restores it.
 */
public interface ExportCommunitiesUseCase {

    void exportEach(Actor actor, Optional<String> community, Consumer<Attributes> document);
}
