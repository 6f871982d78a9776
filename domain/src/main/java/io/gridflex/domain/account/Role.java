package io.gridflex.domain.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * The user roles of FlexMeasures. Their ids are what the API shows in {@code flexmeasures_roles}.
 */
public enum Role {
    ADMIN(1, "admin"),
    ADMIN_READER(2, "admin-reader"),
    ACCOUNT_ADMIN(3, "account-admin"),
    CONSULTANT(4, "consultant");

    private final int id;
    private final String roleName;

    Role(int id, String roleName) {
        this.id = id;
        this.roleName = roleName;
    }

    public int id() {
        return id;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> byId(int id) {
        return Arrays.stream(values()).filter(r -> r.id == id).findFirst();
    }

    public static Optional<Role> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
