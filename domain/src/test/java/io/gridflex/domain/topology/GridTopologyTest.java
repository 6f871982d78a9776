package io.gridflex.domain.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.topology.TopologyNode.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class GridTopologyTest {

    static TopologyNode node(String id, Type type, String parent) {
        return new TopologyNode(id, type, Optional.of(id), Optional.empty(), Optional.ofNullable(parent));
    }

    /** Two areas: AC001 with a secondary substation, a transformer and two feeders; AC002 alone. */
    static List<TopologyNode> grid() {
        return List.of(node("AC001", Type.PRIMARY_SUBSTATION, null), node("CS1", Type.SECONDARY_SUBSTATION, "AC001"),
                node("T1", Type.TRANSFORMER, "CS1"), node("F1", Type.FEEDER, "T1"), node("F2", Type.FEEDER, "T1"),
                node("AC002", Type.PRIMARY_SUBSTATION, null));
    }

    record Point(String id, String node, double pvKwp) {
    }

    @Test
    void answers_paths_downstream_nodes_what_hangs_below_and_totals() {
        GridTopology topology = GridTopology.of(grid(), Set.of("AC001", "AC002"));

        assertThat(topology.pathToRoot("F2")).extracting(TopologyNode::id).containsExactly("F2", "T1", "CS1", "AC001");
        assertThat(topology.downstream("CS1")).extracting(TopologyNode::id).containsExactly("T1", "F1", "F2");
        assertThat(topology.downstream("F1")).isEmpty();
        assertThat(topology.downstream("AC002")).isEmpty();

        List<Point> points = List.of(new Point("pod-1", "F1", 6), new Point("pod-2", "F2", 3.5), new Point("pod-3", "AC002", 100),
                new Point("pod-4", "T1", 0));
        assertThat(topology.under("T1", points, Point::node)).extracting(Point::id).containsExactly("pod-1", "pod-2", "pod-4");
        assertThat(topology.total("AC001", points, Point::node, Point::pvKwp)).isEqualTo(9.5);
        assertThat(topology.total("F2", points, Point::node, Point::pvKwp)).isEqualTo(3.5);
        assertThatThrownBy(() -> topology.downstream("F9")).isInstanceOf(GridTopology.UnknownNodeException.class);
    }

    @Test
    void shows_its_graph_read_only() {
        GridTopology topology = GridTopology.of(grid(), Set.of("AC001", "AC002"));
        assertThat(topology.graph().vertexSet()).hasSize(6);
        assertThat(topology.graph().outDegreeOf("T1")).isEqualTo(2);
        assertThatThrownBy(() -> topology.graph().addVertex("X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> topology.graph().addEdge("F1", "AC001")).isInstanceOf(UnsupportedOperationException.class);
        DefaultEdge edge = topology.graph().getEdge("T1", "F1");
        assertThat(edge).isNotNull();
    }

    @Test
    void refuses_a_topology_that_breaks_an_invariant_naming_where() {
        List<TopologyNode> cycle = new ArrayList<>(grid());
        cycle.set(1, node("CS1", Type.SECONDARY_SUBSTATION, "F1")); // CS1 → T1 → F1 → CS1
        assertRefused(cycle, Set.of("AC001", "AC002"), "topology[", "cycle");

        List<TopologyNode> orphan = new ArrayList<>(grid());
        orphan.add(node("F3", Type.FEEDER, "T9"));
        assertRefused(orphan, Set.of("AC001", "AC002"), "topology[6].parent", "T9");

        List<TopologyNode> twice = new ArrayList<>(grid());
        twice.add(node("F1", Type.FEEDER, "T1"));
        assertRefused(twice, Set.of("AC001", "AC002"), "topology[6].id", "twice");

        List<TopologyNode> feederWithoutParent = new ArrayList<>(grid());
        feederWithoutParent.add(node("F9", Type.FEEDER, null));
        assertRefused(feederWithoutParent, Set.of("AC001", "AC002"), "topology[6].parent", "no area");
        assertRefused(grid(), Set.of("AC001", "AC002", "T1"), "areas", "under 'CS1'");
        assertRefused(grid(), Set.of("AC001", "AC002", "AC003"), "areas", "no node");
        List<TopologyNode> feederRoot = new ArrayList<>(grid());
        feederRoot.set(5, node("AC002", Type.FEEDER, null));
        assertRefused(feederRoot, Set.of("AC001", "AC002"), "areas", "a feeder");
        assertThatThrownBy(() -> node("X", Type.FEEDER, "X")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Type.of("type", "busbar")).hasMessageContaining("primary_substation");
    }

    @Test
    void keeps_a_spare_primary_substation_that_no_area_uses() {
        GridTopology topology = GridTopology.of(grid(), Set.of("AC001"));
        assertThat(topology.node("AC002").isRoot()).isTrue();
        assertThat(topology.pathToRoot("AC002")).extracting(TopologyNode::id).containsExactly("AC002");
    }

    private static void assertRefused(List<TopologyNode> nodes, Set<String> roots, String field, String reason) {
        assertThatThrownBy(() -> GridTopology.of(nodes, roots)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).startsWith(field);
            assertThat(e.reason()).contains(reason);
        });
    }
}
