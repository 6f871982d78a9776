package io.gridflex.adapter.jdbc.account;

import io.gridflex.application.account.port.out.UserPreferencesPort;
import io.gridflex.domain.account.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Optional;

@Singleton
@Transactional
public class UserPreferencesJdbcAdapter implements UserPreferencesPort {

    private final JdbcOperations jdbc;

    UserPreferencesJdbcAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> findPreference(UserId user, String key) {
        return jdbc.prepareStatement("SELECT value FROM user_preference WHERE user_id = ? AND key = ?", statement -> {
            statement.setLong(1, user.value());
            statement.setString(2, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public void putPreference(UserId user, String key, Optional<String> value) {
        if (value.isEmpty()) {
            jdbc.prepareStatement("DELETE FROM user_preference WHERE user_id = ? AND key = ?", statement -> {
                statement.setLong(1, user.value());
                statement.setString(2, key);
                return statement.executeUpdate();
            });
            return;
        }
        jdbc.prepareStatement("INSERT INTO user_preference (user_id, key, value) VALUES (?, ?, ?) "
                + "ON CONFLICT (user_id, key) DO UPDATE SET value = EXCLUDED.value", statement -> {
                    statement.setLong(1, user.value());
                    statement.setString(2, key);
                    statement.setString(3, value.get());
                    return statement.executeUpdate();
                });
    }
}
