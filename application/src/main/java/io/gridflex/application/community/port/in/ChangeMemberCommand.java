package io.gridflex.application.community.port.in;

import io.gridflex.domain.community.Member;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * What to change of a member; an absent field is left alone (a DID or type, once given, is
 * changed, not removed).
 */
public record ChangeMemberCommand(String community, String member, Optional<String> userId, Optional<String> did,
                                  Optional<String> name, Optional<String> type, Optional<Member.Role> role, Optional<String> area,
                                  Optional<Member.Status> status) {

    public ChangeMemberCommand {
        Require.present("community", community);
        Require.present("member", member);
        Require.present("user_id", userId);
        Require.present("did", did);
        Require.present("name", name);
        Require.present("type", type);
        Require.present("role", role);
        Require.present("area", area);
        Require.present("status", status);
    }

    /** A change of nothing yet, to add fields to. */
    public static ChangeMemberCommand of(String community, String member) {
        return new ChangeMemberCommand(community, member, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ChangeMemberCommand withUserId(String value) {
        return new ChangeMemberCommand(community, member, Optional.of(value), did, name, type, role, area, status);
    }

    public ChangeMemberCommand withDid(String value) {
        return new ChangeMemberCommand(community, member, userId, Optional.of(value), name, type, role, area, status);
    }

    public ChangeMemberCommand withName(String value) {
        return new ChangeMemberCommand(community, member, userId, did, Optional.of(value), type, role, area, status);
    }

    public ChangeMemberCommand withType(String value) {
        return new ChangeMemberCommand(community, member, userId, did, name, Optional.of(value), role, area, status);
    }

    public ChangeMemberCommand withRole(Member.Role value) {
        return new ChangeMemberCommand(community, member, userId, did, name, type, Optional.of(value), area, status);
    }

    public ChangeMemberCommand withArea(String value) {
        return new ChangeMemberCommand(community, member, userId, did, name, type, role, Optional.of(value), status);
    }

    public ChangeMemberCommand withStatus(Member.Status value) {
        return new ChangeMemberCommand(community, member, userId, did, name, type, role, area, Optional.of(value));
    }

    /** The member with these changes. */
    public Member applyTo(Member current) {
        Member changed = current;
        changed = userId.map(changed::withUserId).orElse(changed);
        changed = did.isPresent() ? changed.withDid(did) : changed;
        changed = name.map(changed::withName).orElse(changed);
        changed = type.isPresent() ? changed.withType(type) : changed;
        changed = role.map(changed::withRole).orElse(changed);
        changed = area.map(changed::withArea).orElse(changed);
        return status.map(changed::withStatus).orElse(changed);
    }
}
