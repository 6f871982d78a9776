package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityRegister;
import java.util.List;
import java.util.Optional;

/**
 * Gives communities whole, one at a time, so that an export holds one community in memory, never
 * the registry; the adapter writes each as its document, and re-importing a document restores it.
 */
public interface ExportCommunitiesUseCase {

    /** The communities an export covers: every one, or the one named ({@code community_not_found} if unknown). */
    List<String> communitiesToExport(Actor actor, Optional<String> community);

    /** One community whole; empty if it is gone since it was listed. */
    Optional<CommunityRegister> exportCommunity(Actor actor, String community);
}
