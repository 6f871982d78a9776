package io.gridflex.application.account.port.in;

import io.gridflex.application.account.query.UserQuery;
import io.gridflex.application.page.PageRequest;
import java.util.Optional;

/**
 * A user listing: of the query's accounts, or, without any, of every account the actor may read (FlexMeasures'
 * {@code get_accessible_accounts}: all for admins and admin-readers, else the own account and, for consultants,
 * its clients).
 */
public record ListUsersCommand(UserQuery query, Optional<PageRequest> page) {
}
