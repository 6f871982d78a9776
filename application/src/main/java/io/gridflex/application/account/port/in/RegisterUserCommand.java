package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.invariant.Require;
import java.time.ZoneId;
import java.util.Set;

/**
 * A new user. Without a username (null) the e-mail address is the username; without a password (null) the user
 * gets a random one, as FlexMeasures' user creation does, and logs in once a password is set for them.
 */
public record RegisterUserCommand(AccountId accountId, Email email, String username, String password, boolean active,
                                  ZoneId timezone, Set<Role> roles) {

    public static final int MIN_PASSWORD_LENGTH = 8;

    public RegisterUserCommand {
        Require.present("account_id", accountId);
        Require.present("email", email);
        Require.that(password == null || password.length() >= MIN_PASSWORD_LENGTH, "password",
                "Shorter than minimum length " + MIN_PASSWORD_LENGTH + ".");
        Require.present("timezone", timezone);
        roles = Set.copyOf(Require.noNulls("flexmeasures_roles", roles));
    }

    @Override
    public String toString() {
        return "RegisterUserCommand[" + email + ", " + username + ", account " + accountId + "]";
    }
}
