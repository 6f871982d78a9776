package io.gridflex.domain.audit;

import io.gridflex.domain.invariant.Require;

/** What an audit event is about: a user, an account or an asset, by id. */
public record AuditedEntity(Kind kind, long id) {

    public enum Kind { USER, ACCOUNT, ASSET }

    public AuditedEntity {
        Require.present("kind", kind);
        Require.positive("id", id);
    }

    public static AuditedEntity user(long id) {
        return new AuditedEntity(Kind.USER, id);
    }

    public static AuditedEntity account(long id) {
        return new AuditedEntity(Kind.ACCOUNT, id);
    }

    public static AuditedEntity asset(long id) {
        return new AuditedEntity(Kind.ASSET, id);
    }
}
