package io.gridflex.application.community.port.out;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many of each entity a community holds: community, area, topology_node, member, delivery_point, asset. */
public record CommunityCounts(int areas, int topologyNodes, int members, int deliveryPoints, int assets) {

    public static final CommunityCounts NONE = new CommunityCounts(0, 0, 0, 0, 0);

    /** As an import report shows them, by entity name. */
    public Map<String, Integer> byEntity(boolean community) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("community", community ? 1 : 0);
        counts.put("area", areas);
        counts.put("topology_node", topologyNodes);
        counts.put("member", members);
        counts.put("delivery_point", deliveryPoints);
        counts.put("asset", assets);
        return counts;
    }
}
