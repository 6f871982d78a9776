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

    /**
     * The communities an export covers: every one when none is named, else those named, in the
     * order given ({@code community_not_found} for the first unknown one).
     */
    List<String> communitiesToExport(Actor actor, List<String> communities);

    /** One community whole; empty if it is gone since it was listed. */
    Optional<CommunityRegister> exportCommunity(Actor actor, String community);
}
