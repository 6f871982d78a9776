package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A user about to be registered: everything but the id, which the store assigns. */
public record NewUser(
        AccountId accountId,
        Email email,
        String username,
        PasswordHash passwordHash,
        boolean active,
        ZoneId timezone,
        Set<Role> roles,
        String tokenStamp) {

    public NewUser {
        Require.present("account_id", accountId);
        Require.present("email", email);
        username = Require.text("username", username, User.MAX_USERNAME_LENGTH);
        Require.present("password", passwordHash);
        Require.present("timezone", timezone);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(Require.noNulls("flexmeasures_roles", roles)));
        tokenStamp = Require.text("token_stamp", tokenStamp, 64);
    }

    public User withId(UserId id) {
        return new User(id, accountId, email, username, passwordHash, active, timezone, roles, tokenStamp, Optional.empty());
    }
}
