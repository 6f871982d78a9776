package io.gridflex.application.community.port.out;

import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.Member;

/**
 * Writes one member of a stored community — what a single write changes — inside the caller's
 * transaction; the community's other rows, and their ids, are left as they are.
 */
public interface WriteMembersPort {

    /**
     * Holds the community's write lock until the transaction ends: single writes and imports of one
     * community run one after the other, and every write that adds a holding runs after the others
     * that do, so two writers cannot both take one free sensor or delivery point.
     */
    void lockCommunity(String communityKey);

    /**
     * Stores the member (a new one, or the one with its key, whose id stays) with exactly these
     * delivery points, in order.
     */
    void saveMember(String communityKey, Member member);

    /** Stores the asset (a new one, or the one with its key, whose id stays). */
    void saveAsset(String communityKey, CommunityAsset asset);

    /** Removes one asset. */
    void removeAsset(String communityKey, String assetKey);

    /** Removes the member with its delivery points and assets. */
    void removeMember(String communityKey, String memberKey);
}
