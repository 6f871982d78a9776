package io.gridflex.application.community.query;


import io.gridflex.domain.community.Member;
import java.util.Optional;

/** Which members to list: by role, status and area, each optional. */
public record MemberFilter(Optional<Member.Role> role, Optional<Member.Status> status, Optional<String> area) {

    public static final MemberFilter ALL = new MemberFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean matches(Member member) {
        return role.map(r -> r == member.role()).orElse(true) && status.map(s -> s == member.status()).orElse(true)
                && area.map(a -> a.equals(member.area())).orElse(true);
    }
}
