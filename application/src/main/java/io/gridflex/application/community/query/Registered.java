package io.gridflex.application.community.query;


import io.gridflex.domain.invariant.Require;

/**
 * A value of the registry as stored: with the id the store gave it (a new one at each import of
 * its community) and the community it belongs to.
 */
public record Registered<T>(long id, CommunityRef community, T item) {

    public Registered {
        Require.present("community", community);
        Require.present("item", item);
    }
}
