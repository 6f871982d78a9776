package io.gridflex.application.community.service;

import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.account.Actor;

/** Who may do what in the registry: admins write, admins and admin-readers read everything. */
final class RegistryAccess {

    private RegistryAccess() {
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("This needs the admin role.");
        }
    }

    static void requireReader(Actor actor) {
        if (!actor.readsEverything()) {
            throw new ForbiddenException("This needs the admin or admin-reader role.");
        }
    }
}
