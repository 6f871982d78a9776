package io.gridflex.application.community.port.in;

/**
 * A registry request refused with one of the registry's codes ({@code member_not_found},
 * {@code ambiguous_member}, {@code not_a_member}, {@code community_taken} …), which its clients
 * branch on; the kind says which family of answer it is.
 */
public class RegistryException extends RuntimeException {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;

    public RegistryException(Kind kind, String code, String detail) {
        super(detail);
        this.kind = kind;
        this.code = code;
    }

    public static RegistryException notFound(String what, String detail) {
        return new RegistryException(Kind.NOT_FOUND, what + "_not_found", detail);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
