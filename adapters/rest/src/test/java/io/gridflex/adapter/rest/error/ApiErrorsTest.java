package io.gridflex.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.Failure;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.failure.RefusedException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each failure of the core's vocabulary, told in each API's own error shape. */
class ApiErrorsTest {

    private final ApiErrors flexMeasures = new FlexMeasuresApiErrors();
    private final ApiErrors registry = new RegistryApiErrors();

    @Test
    void flexmeasures_tells_each_failure_in_its_shape() {
        answer(flexMeasures, new NotFoundException(NotFoundException.Subject.SENSOR, "Sensor 9 not found."), HttpStatus.NOT_FOUND,
                Map.of("message", "Sensor 9 not found.", "status", 404));
        answer(flexMeasures, new ForbiddenException("You cannot read asset 3."), HttpStatus.FORBIDDEN,
                Map.of("result", "Rejected", "status", "INVALID_SENDER", "message",
                        "You cannot be authorized for this content or functionality.")); // FlexMeasures' FORBIDDEN_MSG, no reason
        answer(flexMeasures, NotFoundException.of(NotFoundException.Subject.ASSET, 7, "Asset 7 not found."), HttpStatus.NOT_FOUND,
                Map.of("message", "No asset found with ID 7.", "status", 404));
        answer(flexMeasures, new ConflictException("email", "Email taken."), HttpStatus.CONFLICT,
                Map.of("result", "Rejected", "status", "CONFLICT", "message", "Email taken.", "field", "email"));
        answer(flexMeasures, new InvalidValueException("flex-model.soc-at-start", "Not a quantity."),
                HttpStatus.UNPROCESSABLE_ENTITY, Map.of("message", Map.of("json", Map.of("flex-model.soc-at-start",
                        List.of("Not a quantity."))), "result", "Rejected", "status", "UNPROCESSABLE_ENTITY"));
        answer(flexMeasures, new RefusedException(CommunityReason.NOT_A_MEMBER, "You are no member."), HttpStatus.BAD_REQUEST,
                Map.of("result", "Rejected", "status", "NOT_A_MEMBER", "message", "You are no member."));
        answer(flexMeasures, new AuthenticationFailedException(), HttpStatus.UNAUTHORIZED,
                Map.of("message", FlexMeasuresErrors.UNAUTHORIZED_MESSAGE, "status", "UNAUTHORIZED"));
    }

    @Test
    void flexmeasures_names_every_invalid_field() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("start", List.of("Missing data for required field."));
        fields.put("duration", List.of("Not a valid ISO 8601 duration."));
        answer(flexMeasures, new InvalidValueException(fields), HttpStatus.UNPROCESSABLE_ENTITY,
                Map.of("message", Map.of("json", fields), "result", "Rejected", "status", "UNPROCESSABLE_ENTITY"));
    }

    @Test
    void the_registry_tells_each_failure_with_its_codes() {
        answer(registry, new NotFoundException(NotFoundException.Subject.MEMBER, "Member 'm9' not found."), HttpStatus.NOT_FOUND,
                Map.of("detail", "Member 'm9' not found.", "code", "member_not_found"));
        answer(registry, new NotFoundException(NotFoundException.Subject.COMMUNITY_ASSET, "No asset."), HttpStatus.NOT_FOUND,
                Map.of("detail", "No asset.", "code", "asset_not_found"));
        answer(registry, new NotFoundException("Nothing here."), HttpStatus.NOT_FOUND,
                Map.of("detail", "Nothing here.", "code", "not_found"));
        answer(registry, new ForbiddenException("This needs the admin role."), HttpStatus.FORBIDDEN,
                Map.of("detail", "This needs the admin role.", "code", "forbidden"));
        answer(registry, new ConflictException("email", "Email taken."), HttpStatus.CONFLICT,
                Map.of("detail", "Email taken.", "code", "email_taken"));
        answer(registry, new InvalidValueException("limit", "must be between 1 and 500: 501."), HttpStatus.UNPROCESSABLE_ENTITY,
                Map.of("detail", "limit: must be between 1 and 500: 501.", "code", "invalid_limit"));
        answer(registry, new AuthenticationFailedException(), HttpStatus.UNAUTHORIZED,
                Map.of("detail", "Not authenticated.", "code", "not_authenticated"));
    }

    @Test
    void the_registry_answers_a_refusal_by_its_first_reason_with_its_message_and_nothing_else() {
        RefusedException refused = new RefusedException("Import of 'r' refused: member 'm1': area 'x'; the sensor is held",
                List.of(new Refusal(CommunityReason.UNKNOWN_AREA, "member 'm1': area 'x'"),
                        new Refusal(CommunityReason.SENSOR_HELD, "the sensor is held")));
        answer(registry, refused, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("detail",
                "Import of 'r' refused: member 'm1': area 'x'; the sensor is held", "code", "unknown_area"));
        assertThat(new RefusedException(CommunityReason.COMMUNITY_TAKEN, "taken").accept(registry).getStatus().getCode())
                .isEqualTo(409);
        assertThat(new RefusedException(CommunityReason.AMBIGUOUS_MEMBER, "two").accept(registry).getStatus().getCode())
                .isEqualTo(409);
        assertThat(new RefusedException(CommunityReason.NOT_A_MEMBER, "none").accept(registry).getStatus().getCode())
                .isEqualTo(403);
    }

    @Test
    void unexpected_failures_tell_nothing_of_their_internals() {
        assertThat(flexMeasures.unexpected().body()).isEqualTo(Map.of("message", "Internal server error.", "status", 500));
        assertThat(registry.unexpected().body()).isEqualTo(Map.of("detail", "Internal server error.", "code", "internal_error"));
    }

    private static void answer(ApiErrors api, Failure failure, HttpStatus status, Map<String, Object> body) {
        MutableHttpResponse<Map<String, Object>> response = failure.accept(api);
        assertThat(response.getStatus().getCode()).isEqualTo(status.getCode());
        assertThat(response.body()).isEqualTo(body);
    }
}
