package io.gridflex.application.community.port.in;

import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.invariant.Require;
import java.util.List;
import java.util.Optional;

/**
 * A new member of a community, with the assets it brings.
 *
 * @param member the member; its key is the one given, or (when {@code keyGiven} is false) a
 *     placeholder the registry replaces with the next free {@code member-00001}
 * @param keyGiven whether the caller chose the key
 */
public record RegisterMemberCommand(String community, Member member, boolean keyGiven, List<CommunityAsset> assets) {

    public RegisterMemberCommand {
        Require.text("community", community, 256);
        Require.present("member", member);
        assets = List.copyOf(Require.noNulls("assets", assets));
        Require.that(assets.stream().allMatch(a -> a.owner().equals(member.key())), "assets", "An asset of another member.");
    }

    public Optional<String> givenKey() {
        return keyGiven ? Optional.of(member.key()) : Optional.empty();
    }
}
