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
    private final Long id;

    public NotFoundException(String message) {
        this(Subject.RESOURCE, message);
    }

    public NotFoundException(Subject subject, String message) {
        this(subject, null, message);
    }

    private NotFoundException(Subject subject, Long id, String message) {
        super(message);
        this.subject = Objects.requireNonNull(subject, "subject");
        this.id = id;
    }

    /** The thing of that kind with that id is missing (APIs whose errors name the id, as FlexMeasures' do). */
    public static NotFoundException of(Subject subject, long id, String message) {
        return new NotFoundException(subject, id, message);
    }

    public Subject subject() {
        return subject;
    }

    /** The missing thing's id, where it has one. */
    public java.util.Optional<Long> id() {
        return java.util.Optional.ofNullable(id);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.notFound(this);
    }
}
