package io.gridflex.application.account.port.out;

import io.gridflex.application.account.query.UserQuery;

import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserId;
import java.util.Optional;

public interface LoadUsersPort {

    Optional<User> findUser(UserId id);

    Optional<User> findUserByEmail(Email email);

    boolean anyUserExists();

    /**
     * The matching users; all of them when no page is asked for. {@code totalRecords} counts the
     * users of the query without its search terms.
     */
    Page<User> listUsers(UserQuery query, Optional<PageRequest> page);
}
