package io.gridflex.adapter.jdbc;

import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.NotFoundException;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns PostgreSQL's constraint violations into the failures the out-ports promise, so that a race
 * the service's own check could not see still ends as a clean 409 and never as a 500.
 */
public final class ConstraintViolations {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    /** Unique constraint name → the field clients know. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "account_name_unique", "name",
            "app_user_email_unique", "email",
            "app_user_username_unique", "username",
            "generic_asset_type_name_unique", "name",
            "generic_asset_name_under_parent", "name",
            "generic_asset_name_account_root", "name",
            "generic_asset_name_public_root", "name",
            "sensor_name_unique_per_asset", "name");

    private ConstraintViolations() {
    }

    public static <T> T translated(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            throw translate(failure);
        }
    }

    static RuntimeException translate(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String constraint = constraintOf(sql);
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    String field = UNIQUE_FIELDS.getOrDefault(constraint, "_schema");
                    return new ConflictException(field, "This " + field.replace('_', ' ') + " is already taken.");
                }
                if (FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                    return new NotFoundException("A referenced record does not exist (" + constraint + ").");
                }
            }
        }
        return failure;
    }

    private static String constraintOf(SQLException sql) {
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage message = psql.getServerErrorMessage();
            if (message != null && message.getConstraint() != null) {
                return message.getConstraint();
            }
        }
        return "";
    }
}
