package io.gridflex.application.community.port.out;

import io.gridflex.domain.community.CommunityRegister;
import java.util.Optional;

/** Writes a community whole: what an import does, inside the caller's transaction. */
public interface ReplaceCommunityPort {

    /** What is stored of the community with this key, if it exists. */
    Optional<CommunityCounts> countsOf(String communityKey);

    /** Deletes the stored community of the register's key, if any, with all it holds, and stores the register. */
    void replace(CommunityRegister register);
}
