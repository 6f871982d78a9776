package io.gridflex.domain.topology;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * A community's grid as a graph: edges run from each node to the nodes that hang from it, one
 * tree per area, rooted at the area's primary substation, and spare primary substations that no
 * area uses yet (rec-registry accepts them: an area may take one later). Built only valid (parents
 * exist, no cycle, every area's root a primary substation without parent, every other root a
 * primary substation too), immutable, and shown to the world
 * only as an unmodifiable view. Answers the path from a node to its root, what lies downstream
 * of a node, and totals per subtree.
 */
public final class GridTopology {

    private final Map<String, TopologyNode> nodes;
    private final Graph<String, DefaultEdge> view;
    private final DirectedAcyclicGraph<String, DefaultEdge> graph;

    private GridTopology(Map<String, TopologyNode> nodes, DirectedAcyclicGraph<String, DefaultEdge> graph) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.graph = graph;
        this.view = new AsUnmodifiableGraph<>(graph);
    }

    /**
     * The topology of these nodes, whose roots must include {@code areaRoots} and be primary
     * substations; refuses any other with the broken invariant named ({@code topology[i].parent}
     * and the like).
     */
    public static GridTopology of(List<TopologyNode> nodes, Set<String> areaRoots) {
        Require.noNulls("topology", nodes);
        Map<String, TopologyNode> byId = new LinkedHashMap<>();
        DirectedAcyclicGraph<String, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
        for (int i = 0; i < nodes.size(); i++) {
            TopologyNode node = nodes.get(i);
            if (byId.putIfAbsent(node.id(), node) != null) {
                throw new InvalidValueException("topology[" + i + "].id", "Node '" + node.id() + "' appears twice.");
            }
            graph.addVertex(node.id());
        }
        for (int i = 0; i < nodes.size(); i++) {
            TopologyNode node = nodes.get(i);
            String field = "topology[" + i + "]";
            if (node.parent().isPresent()) {
                String parent = node.parent().get();
                if (!byId.containsKey(parent)) {
                    throw new InvalidValueException(field + ".parent", "Node '" + node.id() + "' hangs from '" + parent
                            + "', which is no node of the topology.");
                }
                try {
                    graph.addEdge(parent, node.id());
                } catch (IllegalArgumentException cycle) {
                    throw new InvalidValueException(field + ".parent", "Node '" + node.id() + "' hanging from '" + parent
                            + "' closes a cycle.");
                }
            } else if (!areaRoots.contains(node.id()) && node.type() != TopologyNode.Type.PRIMARY_SUBSTATION) {
                throw new InvalidValueException(field + ".parent", "Node '" + node.id() + "' has no parent but is no area's "
                        + "primary substation nor a spare one.");
            }
        }
        for (String root : areaRoots) {
            TopologyNode node = byId.get(root);
            if (node == null || !node.isRoot() || node.type() != TopologyNode.Type.PRIMARY_SUBSTATION) {
                throw new InvalidValueException("areas", "An area's topology must be a primary substation without parent; '"
                        + root + "' is " + (node == null ? "no node" : node.isRoot() ? "a " + node.type().wireName()
                        : "under '" + node.parent().get() + "'") + ".");
            }
        }
        return new GridTopology(byId, graph);
    }

    /** The graph, read-only: parent → child edges. */
    public Graph<String, DefaultEdge> graph() {
        return view;
    }

    public List<TopologyNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public TopologyNode node(String id) {
        TopologyNode node = nodes.get(id);
        if (node == null) {
            throw new UnknownNodeException(id);
        }
        return node;
    }

    /** The node and every node up to its root, in that order. */
    public List<TopologyNode> pathToRoot(String id) {
        List<TopologyNode> path = new ArrayList<>();
        TopologyNode node = node(id);
        path.add(node);
        while (node.parent().isPresent()) {
            node = nodes.get(node.parent().get());
            path.add(node);
        }
        return path;
    }

    /** Every node below this one (not itself), nearest first. */
    public List<TopologyNode> downstream(String id) {
        node(id);
        List<TopologyNode> below = new ArrayList<>();
        BreadthFirstIterator<String, DefaultEdge> walk = new BreadthFirstIterator<>(graph, id);
        walk.next(); // the node itself
        walk.forEachRemaining(n -> below.add(nodes.get(n)));
        return below;
    }

    /** The node and everything below it. */
    public List<TopologyNode> subtree(String id) {
        List<TopologyNode> all = new ArrayList<>();
        all.add(node(id));
        all.addAll(downstream(id));
        return all;
    }

    /**
     * What hangs from the subtree of a node, of things each connected to one node (delivery points,
     * assets): those whose node is this one or below it.
     */
    public <T> List<T> under(String id, List<T> things, Function<T, String> nodeOf) {
        Set<String> subtree = new HashSet<>();
        subtree(id).forEach(n -> subtree.add(n.id()));
        return things.stream().filter(t -> subtree.contains(nodeOf.apply(t))).toList();
    }

    /** A total over what hangs from the subtree of a node: installed PV or storage power, say. */
    public <T> double total(String id, List<T> things, Function<T, String> nodeOf, ToDoubleFunction<T> amount) {
        return under(id, things, nodeOf).stream().mapToDouble(amount).sum();
    }

    /** A node that is not part of the topology. */
    public static final class UnknownNodeException extends IllegalArgumentException {
        public UnknownNodeException(String id) {
            super("Node '" + id + "' is not part of the topology.");
        }
    }
}
