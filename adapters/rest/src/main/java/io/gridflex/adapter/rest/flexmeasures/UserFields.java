package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.domain.account.Role;
import io.micronaut.json.tree.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How the user fields of the FlexMeasures API read. */
final class UserFields {

    private UserFields() {
    }

    static Optional<ZoneId> timezone(JsonRequest request) {
        return request.convert("timezone", request.string("timezone"), value -> {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("Unknown timezone: " + value + ".");
            }
        });
    }

    /** Roles by id (as FlexMeasures shows them) or by name. */
    static Optional<Set<Role>> roles(JsonRequest request) {
        return request.convert("flexmeasures_roles", request.list("flexmeasures_roles"), UserFields::toRoles);
    }

    private static Set<Role> toRoles(List<JsonNode> nodes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonNode node : nodes) {
            Optional<Role> role = node.isNumber() ? Role.byId(node.getIntValue())
                    : node.isString() ? Role.byName(node.getStringValue()) : Optional.empty();
            roles.add(role.orElseThrow(() -> new IllegalArgumentException("Unknown role: " + node + ".")));
        }
        return roles;
    }
}
