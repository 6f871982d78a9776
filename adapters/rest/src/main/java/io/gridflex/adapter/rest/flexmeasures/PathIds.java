package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.domain.failure.NotFoundException;

/** Ids in request paths, for every resource of the API. */
final class PathIds {

    private PathIds() {
    }

    /** A path id; anything but a positive number names nothing that exists (404, not 422). */
    static long of(String raw, String what) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // falls through to not found
        }
        throw new NotFoundException(what + " " + raw + " not found.");
    }
}
