package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.AccountId;
import java.util.Optional;
import java.util.Set;

/**
 * A patch of an account. {@code consultancyAccountId} is doubly optional: absent leaves it, present
 * and empty removes the consultancy.
 */
public record AccountChanges(Optional<String> name, Optional<Optional<AccountId>> consultancyAccountId,
                             Optional<Set<String>> accountRoles) {

    public boolean touchesConsultancyOrRoles() {
        return consultancyAccountId.isPresent() || accountRoles.isPresent();
    }
}
