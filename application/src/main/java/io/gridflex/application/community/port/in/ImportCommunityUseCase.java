package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;

/**
 * Replaces a community whole, atomically. Replacing an existing community needs {@code force}; a
 * dry run writes nothing and reports every refusal, those met while reading and those the
 * registry finds; a community breaking an invariant is refused whole and leaves what is stored as
 * it was. The document format (rec-registry's bundle) is the adapter's to read.
 */
public interface ImportCommunityUseCase {

    ImportReport importCommunity(Actor actor, ImportCommunityCommand command);
}
