package io.gridflex.application.account.port.in;

import io.gridflex.application.account.query.UserQuery;
import io.gridflex.application.page.PageRequest;
import java.util.Optional;

/** A user listing: without an account in the query, the actor's own account. */
public record ListUsersCommand(UserQuery query, Optional<PageRequest> page) {
}
