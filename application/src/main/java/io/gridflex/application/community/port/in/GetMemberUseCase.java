package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Member;

/** One member of a community, by its key or by its user id. */
public interface GetMemberUseCase {

    Registered<Member> getMember(Actor actor, String community, String memberKey);

    Registered<Member> getMemberByUserId(Actor actor, String community, String userId);
}
