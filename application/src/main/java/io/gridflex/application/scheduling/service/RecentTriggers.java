package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.port.in.TriggerScheduleCommand;
import io.gridflex.domain.account.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * FlexMeasures' job cache: a trigger identical to one made within the last hour gets that trigger's
 * job, whatever became of it, unless it forces a new one. Kept per instance, where FlexMeasures keeps
 * it in Redis for all; a trigger is identical when its user and every field but the force are.
 */
final class RecentTriggers {

    /** FlexMeasures' FLEXMEASURES_JOB_CACHE_TTL. */
    static final Duration KEPT = Duration.ofHours(1);
    private static final int MOST = 10_000;

    private record Trigger(UserId user, TriggerScheduleCommand command) {
    }

    private record Made(UUID job, Instant at) {
    }

    private final Map<Trigger, Made> made = new LinkedHashMap<>();

    /** The job an identical trigger made within the hour. */
    synchronized Optional<UUID> jobOf(UserId user, TriggerScheduleCommand command, Instant now) {
        forgetOlderThan(now.minus(KEPT));
        return Optional.ofNullable(made.get(new Trigger(user, unforced(command)))).map(Made::job);
    }

    synchronized void remember(UserId user, TriggerScheduleCommand command, UUID job, Instant now) {
        Trigger trigger = new Trigger(user, unforced(command));
        made.remove(trigger); // the newest job, at the end: the oldest are forgotten first
        made.put(trigger, new Made(job, now));
        while (made.size() > MOST) {
            made.remove(made.keySet().iterator().next());
        }
    }

    private void forgetOlderThan(Instant since) {
        made.values().removeIf(m -> m.at().isBefore(since));
    }

    private static TriggerScheduleCommand unforced(TriggerScheduleCommand command) {
        return new TriggerScheduleCommand(command.target(), command.start(), command.duration(), command.resolution(),
                command.prior(), command.flexModels(), command.flexContext(), command.sequential(), false);
    }
}
