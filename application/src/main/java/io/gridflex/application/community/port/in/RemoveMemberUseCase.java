package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;

/** Releases or purges a member (404 {@code community_not_found} / {@code member_not_found}). */
public interface RemoveMemberUseCase {

    MemberRemoval removeMember(Actor actor, RemoveMemberCommand command);
}
