package io.gridflex.application.account.port.out;

import io.gridflex.domain.account.UserId;
import java.util.Optional;

/** Small per-user settings kept across sessions, such as the default asset view. */
public interface UserPreferencesPort {

    Optional<String> findPreference(UserId user, String key);

    /** Sets the preference, or removes it when {@code value} is empty. */
    void putPreference(UserId user, String key, Optional<String> value);
}
