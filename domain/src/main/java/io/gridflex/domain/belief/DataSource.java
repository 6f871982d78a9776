package io.gridflex.domain.belief;

import io.gridflex.domain.account.UserId;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * Who holds a belief: a user, a scheduler, a forecaster, a reporter, … with an optional model and
 * version (the version decides between sources when one value per event is wanted).
 */
public record DataSource(SourceId id, DataSourceDescription description) {

    public DataSource {
        Require.present("source", id);
        Require.present("source", description);
    }

    public String name() {
        return description.name();
    }

    public String type() {
        return description.type();
    }

    public Optional<String> version() {
        return description.version();
    }

    /** What identifies a source, before it has an id. */
    public record DataSourceDescription(String name, String type, Optional<String> model, Optional<String> version,
                                        Optional<UserId> userId) {
        public DataSourceDescription {
            name = Require.text("source", name, 80);
            type = Require.text("source_type", type, 80);
            model = Require.present("source", model).map(m -> Require.text("model", m, 80));
            version = Require.present("source", version).map(v -> Require.text("version", v, 17));
            Require.present("source", userId);
        }

        /** The source of the data a user posts themselves. */
        public static DataSourceDescription ofUser(UserId user, String username) {
            return new DataSourceDescription(username, "user", Optional.empty(), Optional.empty(), Optional.of(user));
        }
    }
}
