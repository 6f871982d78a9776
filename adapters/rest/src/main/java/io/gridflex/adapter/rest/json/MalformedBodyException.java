package io.gridflex.adapter.rest.json;

/** The body is not JSON at all, or not the JSON object the endpoint takes. */
public class MalformedBodyException extends RuntimeException {

    private final boolean wellFormedJson;

    public MalformedBodyException(String message) {
        this(message, false);
    }

    private MalformedBodyException(String message, boolean wellFormedJson) {
        super(message);
        this.wellFormedJson = wellFormedJson;
    }

    /** Valid JSON, but not an object (an array, a string, a number): some APIs refuse it as a schema error. */
    public static MalformedBodyException notAnObject(String message) {
        return new MalformedBodyException(message, true);
    }

    public boolean wellFormedJson() {
        return wellFormedJson;
    }
}
