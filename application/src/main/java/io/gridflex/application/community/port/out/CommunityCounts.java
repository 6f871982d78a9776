package io.gridflex.application.community.port.out;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many members (any status) and assets a community holds: what an import report counts, as
 * rec-registry's does ({@code community}, {@code member}, {@code asset}; areas, nodes and delivery
 * points are not counted).
 */
public record CommunityCounts(int members, int assets) {

    public static final CommunityCounts NONE = new CommunityCounts(0, 0);

    /** As an import report shows them, by entity name. */
    public Map<String, Integer> byEntity(boolean community) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("community", community ? 1 : 0);
        counts.put("member", members);
        counts.put("asset", assets);
        return counts;
    }
}
