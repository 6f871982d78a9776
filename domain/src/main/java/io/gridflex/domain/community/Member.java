package io.gridflex.domain.community;

import io.gridflex.domain.invariant.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A participant of a community: known by its key here, by its user id to the identity provider.
 *
 * @param area the key of the community's area it belongs to
 */
public record Member(String key, String userId, String name, Role role, String area, Status status,
                     List<DeliveryPoint> deliveryPoints) {

    public enum Role { CONSUMER, PROSUMER, PRODUCER, OPERATOR, ADMIN }

    public enum Status { PENDING, ACTIVE, SUSPENDED, INACTIVE }

    public Member {
        key = Key.require("key", key);
        userId = Require.text("user_id", userId, 256);
        name = name == null ? key : Require.text("name", name, 200);
        Require.present("role", role);
        area = Key.require("area", area);
        Require.present("status", status);
        deliveryPoints = List.copyOf(Require.noNulls("delivery_points", deliveryPoints));
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** A role or status as the bundle writes it ("prosumer"), refused with the allowed ones named. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "'" + wireName + "' is none of "
                        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + "."));
    }
}
