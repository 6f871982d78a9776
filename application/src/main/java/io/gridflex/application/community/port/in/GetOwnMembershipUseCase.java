package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.Member;
import java.util.List;
import java.util.Optional;

/**
 * The caller's own place in the registry: the active member whose user id is the caller's
 * username ({@code not_a_member} when there is none, {@code ambiguous_member} when active in two
 * communities), its community, assets and delivery points — never anyone else's.
 */
public interface GetOwnMembershipUseCase {

    /** The caller, its member and its community. */
    record Membership(User user, Registered<Member> member, Registered<Community> community) {
    }

    Membership getOwnMembership(Actor actor);

    List<Registered<CommunityAsset>> listOwnAssets(Actor actor, Optional<CommunityAsset.Type> type);

    Registered<CommunityAsset> getOwnAsset(Actor actor, String assetKey);
}
