package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.topology.TopologyNode;
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

    /** The caller and, where it is an active member, its membership (a caller who is none has a profile still). */
    record Profile(User user, Optional<Membership> membership) {
    }

    Membership getOwnMembership(Actor actor);

    /** The caller's profile, whether or not it is a member: what an onboarding app asks ("am I a member yet?"). */
    Profile getOwnProfile(Actor actor);

    /** The grid of the caller's community, a part at a time from {@code from}, in the order it was given. */
    List<TopologyNode> getOwnTopology(Actor actor, int from, int limit);

    List<Registered<CommunityAsset>> listOwnAssets(Actor actor, Optional<CommunityAsset.Type> type);

    Registered<CommunityAsset> getOwnAsset(Actor actor, String assetKey);
}
