package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Member;

/**
 * Adds a member to a community. Refused, nothing stored, in rec-registry's order: an unknown
 * community (404), an area it lacks (422 {@code unknown_area}), a key or user id taken in it (409
 * {@code member_key_taken}, {@code user_id_taken}), then — for an active member — a sensor or a
 * delivery point another active member holds (409 {@code sensor_held}, {@code delivery_point_held})
 * and a DID another active member has (409 {@code did_taken}).
 */
public interface RegisterMemberUseCase {

    Registered<Member> registerMember(Actor actor, RegisterMemberCommand command);
}
