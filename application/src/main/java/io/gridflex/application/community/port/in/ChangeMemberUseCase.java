package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Member;

/**
 * Changes a member's fields — its status too, as rec-registry's PATCH does — whole or not at all:
 * 404 {@code community_not_found} / {@code member_not_found}, an area the community lacks (422
 * {@code unknown_area}), a user id another member has (409 {@code user_id_taken}), a DID another
 * active member has when the member ends active (409 {@code did_taken}), and on a move to active
 * what another active member holds (409 {@code sensor_held}, {@code delivery_point_held}). A member
 * already active is not re-checked.
 */
public interface ChangeMemberUseCase {

    Registered<Member> changeMember(Actor actor, ChangeMemberCommand command);
}
