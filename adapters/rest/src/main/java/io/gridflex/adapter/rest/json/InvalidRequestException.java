package io.gridflex.adapter.rest.json;

import java.util.List;
import java.util.Map;

/** A request whose fields broke the API's schema; each bad field with its messages. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, List<String>> fieldErrors;

    public InvalidRequestException(Map<String, List<String>> fieldErrors) {
        super("Invalid fields: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
