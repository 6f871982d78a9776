package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.application.belief.port.in.RecordOutcome;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What FlexMeasures answers a post of sensor data, in v3 and in its legacy message API alike:
 * processed, already received (note its {@code results}, plural), or a refused replacement (403).
 */
public final class RecordOutcomeAnswer {

    private RecordOutcomeAnswer() {
    }

    public static MutableHttpResponse<Map<String, Object>> of(RecordOutcome outcome) {
        Map<String, Object> answer = new LinkedHashMap<>();
        if (outcome instanceof RecordOutcome.ReplacementRefused refused) {
            answer.put("results", "Rejected");
            answer.put("status", "INVALID_REPLACEMENT");
            answer.put("message", "Some of the data represents a replacement, which is not allowed. " + refused.reason());
            return HttpResponse.<Map<String, Object>>status(HttpStatus.FORBIDDEN).body(answer);
        }
        if (outcome instanceof RecordOutcome.AlreadyKnown) {
            answer.put("results", "PROCESSED");
            answer.put("status", "ALREADY_RECEIVED_AND_SUCCESSFULLY_PROCESSED");
            answer.put("message", "Some of the data has already been received and successfully processed.");
            return HttpResponse.ok(answer);
        }
        answer.put("status", "PROCESSED");
        answer.put("message", "Request has been processed.");
        return HttpResponse.ok(answer);
    }
}
