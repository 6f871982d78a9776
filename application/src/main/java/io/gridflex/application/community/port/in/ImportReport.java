package io.gridflex.application.community.port.in;

import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.community.CommunityReason;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or (dry run) would do: the community, what was deleted and inserted by
 * entity ({@code community}, {@code member}, {@code asset}, as rec-registry counts), the warnings,
 * and — a dry run only — every refusal the import would make.
 */
public record ImportReport(String communityKey, boolean dryRun, Map<String, Integer> deleted, Map<String, Integer> inserted,
                           List<String> warnings, List<Refusal> refusals) {

    public ImportReport {
        // in their order: community, member, asset
        deleted = Collections.unmodifiableMap(new LinkedHashMap<>(deleted));
        inserted = Collections.unmodifiableMap(new LinkedHashMap<>(inserted));
        warnings = List.copyOf(warnings);
        refusals = List.copyOf(refusals);
    }
}
