package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** A patch of a user: each present field is to be set, each empty one left alone. */
public record UserChanges(
        Optional<Email> email,
        Optional<String> username,
        Optional<ZoneId> timezone,
        Optional<Boolean> active,
        Optional<Set<Role>> roles) {

    public static final UserChanges NONE =
            new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public UserChanges {
        Require.present("email", email);
        username = Require.present("username", username).map(u -> Require.text("username", u, User.MAX_USERNAME_LENGTH));
        Require.present("timezone", timezone);
        Require.present("active", active);
        roles = Require.present("flexmeasures_roles", roles).map(Set::copyOf);
    }

    /** Whether the patch touches more than what users may change about themselves. */
    public boolean needsAdministrativeRights() {
        return email.isPresent() || active.isPresent() || roles.isPresent();
    }
}
