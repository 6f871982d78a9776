package io.gridflex.adapter.rest.json;

/** The body is not JSON at all, or not the JSON object the endpoint takes. */
public class MalformedBodyException extends RuntimeException {
    public MalformedBodyException(String message) {
        super(message);
    }
}
