package io.gridflex.application.community.query;


/** A community as other records point to it: its stored id, key and name. */
public record CommunityRef(long id, String key, String name) {
}
