package io.gridflex.adapter.rest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.adapter.rest.error.FlexMeasuresErrors;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.domain.failure.Failure;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.RefusedException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each failure of the core's vocabulary, told as the legacy message API told it. */
class LegacyApiErrorsTest {

    private final LegacyApiErrors legacy = new LegacyApiErrors();

    @Test
    void tells_each_failure_with_a_status_of_the_legacy_catalogue() {
        answer(new NotFoundException(NotFoundException.Subject.SENSOR, "Sensor 9 not found."), 400, "UNRECOGNIZED_CONNECTION_GROUP",
                "One or more connections in your request were not found in your account.");
        answer(new ForbiddenException("You cannot read asset 3."), 403, "INVALID_SENDER",
                "You cannot be authorized for this content or functionality.");
        answer(new InvalidValueException("unit", "Required unit is MW."), 400, "INVALID_UNIT", "unit: Required unit is MW.");
        answer(new InvalidValueException("duration", "Too long."), 400, "INVALID_PERIOD", "duration: Too long.");
        answer(new InvalidValueException("horizon", "Too far."), 400, "INVALID_HORIZON", "horizon: Too far.");
        answer(new InvalidValueException("resolution", "Does not divide."), 400, "INVALID_RESOLUTION", "resolution: Does not divide.");
        answer(new InvalidValueException("colour", "Unknown."), 422, "UNPROCESSABLE_ENTITY", "colour: Unknown.");
        answer(LegacyStatus.POWER_VALUE_TOO_BIG.refused("Connection CS 1 is a pure producer."), 400, "POWER_VALUE_TOO_BIG",
                "One or more power values are too big. Connection CS 1 is a pure producer.");
        answer(new RefusedException(CommunityReason.NOT_A_MEMBER, "You are no member."), 400, "NOT_A_MEMBER", "You are no member.");
        Failure unauthenticated = new AuthenticationFailedException();
        assertThat(unauthenticated.accept(legacy).body())
                .isEqualTo(Map.of("message", FlexMeasuresErrors.UNAUTHORIZED_MESSAGE, "status", "UNAUTHORIZED"));
    }

    @Test
    void claims_the_legacy_paths_only() {
        assertThat(legacy.claimsUnrouted("/api/v1_1/nothing")).isTrue();
        assertThat(legacy.claimsUnrouted("/api/v1/getMeterData")).isTrue();
        assertThat(legacy.claimsUnrouted("/api/v1_10/x")).isFalse();
        assertThat(legacy.claimsUnrouted("/api/v3_0/sensors")).isFalse();
    }

    @Test
    void unexpected_failures_tell_nothing_of_their_internals() {
        assertThat(legacy.unexpected().body()).isEqualTo(Map.of("message", "Internal server error.", "status", 500));
    }

    private void answer(Failure failure, int http, String status, String message) {
        var response = failure.accept(legacy);
        assertThat(response.getStatus().getCode()).isEqualTo(http);
        assertThat(response.body()).isEqualTo(Map.of("result", "Rejected", "status", status, "message", message));
    }
}
