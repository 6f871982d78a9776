package io.gridflex.application.audit.query;


import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.audit.AuditedEntity;
import io.gridflex.domain.invariant.Require;

/**
 * Which audit events to list: those about one entity, whose event text or acting user's name
 * contains every search term, in the given order (newest first by default).
 */
public record AuditLogQuery(AuditedEntity subject, SearchTerms search, SortField sortBy, SortDirection direction) {

    public enum SortField {
        EVENT_DATETIME("event_datetime"), EVENT("event"), ACTIVE_USER_NAME("active_user_name"), ACTIVE_USER_ID("active_user_id");

        private final String fieldName;

        SortField(String fieldName) {
            this.fieldName = fieldName;
        }

        public String fieldName() {
            return fieldName;
        }
    }

    public AuditLogQuery {
        Require.present("subject", subject);
        Require.present("filter", search);
        Require.present("sort_by", sortBy);
        Require.present("sort_dir", direction);
    }

    public static AuditLogQuery newestFirst(AuditedEntity subject) {
        return new AuditLogQuery(subject, SearchTerms.NONE, SortField.EVENT_DATETIME, SortDirection.DESC);
    }
}
