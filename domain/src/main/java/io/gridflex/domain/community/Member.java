package io.gridflex.domain.community;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A participant of a community: known by its key here, by its user id to the identity provider
 * (the username it signs in with).
 *
 * @param did the member's dataspace identifier, unique across the registry, where one was minted
 * @param type what kind of participant, as a schema.org CURIE ("schema:Person")
 * @param area the key of the community's area it belongs to
 */
public record Member(String key, String userId, Optional<String> did, String name, Optional<String> type, Role role,
                     String area, Status status, List<DeliveryPoint> deliveryPoints) {

    public enum Role {
        CONSUMER, PROSUMER, PRODUCER, OPERATOR, ADMIN;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Status {
        PENDING, ACTIVE, SUSPENDED, INACTIVE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Member {
        key = Key.require("key", key);
        userId = Require.text("user_id", userId, 256);
        did = Require.present("did", did).map(d -> Require.text("did", d, 512));
        name = name == null ? key : Require.text("name", name, 200);
        type = Require.present("type", type).map(t -> Require.text("type", t, 200));
        Require.present("role", role);
        // a reference to an area's key, compared as given (" north" is no area), as rec-registry compares it
        Require.text("area", area, 256);
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

    // ---- changed copies, each checked as a new member is ----

    /** This member under another key (its delivery points go with it). */
    public Member withKey(String key) {
        return new Member(key, userId, did, name.equals(this.key) ? key : name, type, role, area, status, deliveryPoints);
    }

    public Member withUserId(String userId) {
        return new Member(key, userId, did, name, type, role, area, status, deliveryPoints);
    }

    public Member withDid(Optional<String> did) {
        return new Member(key, userId, did, name, type, role, area, status, deliveryPoints);
    }

    public Member withName(String name) {
        return new Member(key, userId, did, Require.present("name", name), type, role, area, status, deliveryPoints);
    }

    public Member withType(Optional<String> type) {
        return new Member(key, userId, did, name, type, role, area, status, deliveryPoints);
    }

    public Member withRole(Role role) {
        return new Member(key, userId, did, name, type, role, area, status, deliveryPoints);
    }

    public Member withArea(String area) {
        return new Member(key, userId, did, name, type, role, area, status, deliveryPoints);
    }

    public Member withStatus(Status status) {
        return new Member(key, userId, did, name, type, role, area, status, deliveryPoints);
    }

    public Member withDeliveryPoints(List<DeliveryPoint> deliveryPoints) {
        return new Member(key, userId, did, name, type, role, area, status, deliveryPoints);
    }
}
