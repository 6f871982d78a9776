package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.attribute.Attributes;

/**
 * Replaces a community whole from a bundle (rec-registry's format, schema 0.7), atomically.
 * Replacing an existing community needs {@code force}; a dry run writes nothing and reports every
 * refusal; a bundle breaking an invariant is refused whole and leaves what is stored as it was.
 */
public interface ImportCommunityUseCase {

    ImportReport importBundle(Actor actor, Attributes bundle, boolean dryRun, boolean force);
}
