package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who logs in. The token stamp is part of every token issued to the user; changing it
 * (on a password reset) invalidates all of them at once, as FlexMeasures' fs_uniquifier does.
 */
public record User(
        UserId id,
        AccountId accountId,
        Email email,
        String username,
        PasswordHash passwordHash,
        boolean active,
        ZoneId timezone,
        Set<Role> roles,
        String tokenStamp,
        Optional<Instant> lastLoginAt) {

    public static final int MAX_USERNAME_LENGTH = 255;
    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Europe/Amsterdam");

    public User {
        Require.present("id", id);
        Require.present("account_id", accountId);
        Require.present("email", email);
        username = Require.text("username", username, MAX_USERNAME_LENGTH);
        Require.present("password", passwordHash);
        Require.present("timezone", timezone);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(Require.noNulls("flexmeasures_roles", roles)));
        tokenStamp = Require.text("token_stamp", tokenStamp, 64);
        // Stores keep microseconds; truncating here makes a user read back equal to the one saved.
        lastLoginAt = Require.present("last_login_at", lastLoginAt).map(t -> t.truncatedTo(ChronoUnit.MICROS));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The user after the given changes; fields the changes leave out stay as they are. */
    public User changedBy(UserChanges changes) {
        return new User(id, accountId,
                changes.email().orElse(email),
                changes.username().orElse(username),
                passwordHash,
                changes.active().orElse(active),
                changes.timezone().orElse(timezone),
                changes.roles().orElse(roles),
                tokenStamp, lastLoginAt);
    }

    /** A new password and a new token stamp: every token issued before is void. */
    public User withNewPassword(PasswordHash newHash, String newTokenStamp) {
        return new User(id, accountId, email, username, newHash, active, timezone, roles, newTokenStamp, lastLoginAt);
    }

    public User loggedInAt(Instant when) {
        return new User(id, accountId, email, username, passwordHash, active, timezone, roles, tokenStamp, Optional.of(when));
    }
}
