package io.gridflex.domain.audit;

import io.gridflex.domain.account.UserId;
import io.gridflex.domain.invariant.Require;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One line of an audit log: when, what happened (in words), who did it and to what.
 * The acting user's name is kept as it was, so the log still reads right after a rename or deletion.
 */
public record AuditEvent(Instant at, String event, Optional<UserId> actingUserId, Optional<String> actingUserName,
                         AuditedEntity subject) {

    public static final int MAX_EVENT_LENGTH = 500;

    public AuditEvent {
        at = Require.present("event_datetime", at).truncatedTo(ChronoUnit.MICROS); // as precise as stores keep it
        event = Require.text("event", event, Integer.MAX_VALUE);
        if (event.length() > MAX_EVENT_LENGTH) {
            event = event.substring(0, MAX_EVENT_LENGTH - 1) + "…";
        }
        Require.present("active_user_id", actingUserId);
        Require.present("active_user_name", actingUserName);
        Require.present("subject", subject);
    }
}
