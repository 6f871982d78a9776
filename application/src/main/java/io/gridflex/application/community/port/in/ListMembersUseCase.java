package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.MemberFilter;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Member;

/** A community's members, a page at a time, filtered by role, status and area. */
public interface ListMembersUseCase {

    KeyPage<Registered<Member>> listMembers(Actor actor, String community, MemberFilter filter, KeyCursor cursor);
}
