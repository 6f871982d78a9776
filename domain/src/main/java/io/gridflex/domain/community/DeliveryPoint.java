package io.gridflex.domain.community;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a member takes or gives energy (a POD, CUPS, PRM, MaLo, EAN, MPAN …), and — our extension
 * of the bundle — the topology node it is connected to.
 */
public record DeliveryPoint(String id, Type type, Optional<String> description, Optional<String> address,
                            Optional<String> tariff, boolean active, Optional<String> topologyNode) {

    public enum Type {
        POD, CUPS, PRM, MALO, EAN, MPAN, OTHER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type of(String field, String wireName) {
            return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst()
                    .orElseThrow(() -> new InvalidValueException(field, "Unknown delivery point type '" + wireName + "'; one of "
                            + Arrays.stream(values()).map(Type::wireName).toList() + "."));
        }
    }

    public DeliveryPoint {
        id = Require.text("id", id, 64);
        Require.present("type", type);
        Require.present("description", description);
        Require.present("address", address);
        Require.present("tariff", tariff);
        Require.present("topology_node", topologyNode);
    }
}
