package io.gridflex.domain.topology;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A node of a community's grid (rec-registry's topology node): a primary or secondary substation,
 * a transformer or a feeder, linked to the node it hangs from.
 *
 * @param name what the grid operator calls the node, where the bundle names it
 * @param operatorId the grid operator's own id of the node, where known
 * @param parent the id of the node upstream; empty for a root (a primary substation that is an area)
 */
public record TopologyNode(String id, Type type, Optional<String> name, Optional<String> operatorId, Optional<String> parent) {

    public static final int MAX_ID_LENGTH = 128;

    public enum Type {
        PRIMARY_SUBSTATION, SECONDARY_SUBSTATION, TRANSFORMER, FEEDER;

        /** As the bundle writes it: {@code primary_substation}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type of(String field, String wireName) {
            return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst()
                    .orElseThrow(() -> new InvalidValueException(field, "Unknown node type '" + wireName + "'; one of "
                            + Arrays.stream(values()).map(Type::wireName).toList() + "."));
        }
    }

    public TopologyNode {
        id = Require.text("id", id, MAX_ID_LENGTH);
        Require.present("type", type);
        name = Require.present("name", name).map(n -> Require.text("name", n, 200));
        Require.present("operator_id", operatorId);
        parent = Require.present("parent", parent).map(p -> Require.text("parent", p, MAX_ID_LENGTH));
        Require.that(parent.isEmpty() || !parent.get().equals(id), "parent", "A node cannot hang from itself.");
    }

    public boolean isRoot() {
        return parent.isEmpty();
    }
}
