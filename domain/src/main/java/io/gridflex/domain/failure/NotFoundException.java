package io.gridflex.domain.failure;

import java.util.Objects;

/** The thing asked for does not exist (or, to the caller, must seem not to). */
public final class NotFoundException extends Failure {

    /** What kind of thing was missing, for APIs whose errors name it (the registry's {@code member_not_found}). */
    public enum Subject {
        ACCOUNT, USER, ASSET, ASSET_TYPE, SENSOR, SCHEDULING_JOB, COMMUNITY, MEMBER, DELIVERY_POINT, COMMUNITY_ASSET,
        TOPOLOGY_NODE, RESOURCE
    }

    private final Subject subject;

    public NotFoundException(String message) {
        this(Subject.RESOURCE, message);
    }

    public NotFoundException(Subject subject, String message) {
        super(message);
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    public Subject subject() {
        return subject;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.notFound(this);
    }
}
