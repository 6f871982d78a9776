package io.gridflex.domain.community;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.List;
import java.util.Optional;

/**
 * Where a member takes or gives energy (a POD, CUPS, PRM, MaLo, EAN, MPAN …), and — our extension
 * of the bundle — the topology node it is connected to. The id is kept as the bundle spells it;
 * who holds it is {@link Holdings}' to judge.
 */
public record DeliveryPoint(String id, Type type, Optional<String> description, Optional<String> address,
                            Optional<String> tariff, boolean active, Optional<String> topologyNode) {

    /**
     * What kind of id the point has. rec-registry takes any text here (schema 0.7 lists pod, cups,
     * prm, malo, ean, mpan and other, and its service does not enforce the list), so any non-blank
     * text is a type, kept as written; the listed ones are constants.
     */
    public record Type(String wireName) {

        public static final Type POD = new Type("pod");
        public static final Type CUPS = new Type("cups");
        public static final Type PRM = new Type("prm");
        public static final Type MALO = new Type("malo");
        public static final Type EAN = new Type("ean");
        public static final Type MPAN = new Type("mpan");
        public static final Type OTHER = new Type("other");

        /** The types schema 0.7 lists. */
        public static final List<Type> LISTED = List.of(POD, CUPS, PRM, MALO, EAN, MPAN, OTHER);

        public Type {
            wireName = Require.text("type", wireName, 64);
        }

        /** The type as the bundle writes it, refused only when missing, blank or longer than 64 characters. */
        public static Type of(String field, String wireName) {
            if (wireName == null || wireName.isBlank()) {
                throw new InvalidValueException(field, "Missing data for required field.");
            }
            return new Type(wireName);
        }
    }

    public DeliveryPoint {
        // stored as spelled; the holding rules compare it trimmed and lower-cased (Holdings)
        Require.text("id", id, 64);
        Require.present("type", type);
        Require.present("description", description);
        Require.present("address", address);
        Require.present("tariff", tariff);
        Require.present("topology_node", topologyNode);
    }
}
