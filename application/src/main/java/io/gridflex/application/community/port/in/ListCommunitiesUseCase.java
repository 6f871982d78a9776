package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Community;
import java.util.Optional;

/** The communities, a page at a time, optionally only the one with a key. */
public interface ListCommunitiesUseCase {

    KeyPage<Registered<Community>> listCommunities(Actor actor, Optional<String> key, KeyCursor cursor);
}
