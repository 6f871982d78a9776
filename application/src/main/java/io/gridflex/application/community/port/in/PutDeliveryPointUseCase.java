package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Member;

/**
 * Puts a delivery point to a member; answers the member as it is now. Refused: 404 for the
 * community, the member or a {@code replaces} that is none of the member's points; 409
 * {@code delivery_point_held} when the member is active and another active member holds the point.
 */
public interface PutDeliveryPointUseCase {

    Member putDeliveryPoint(Actor actor, PutDeliveryPointCommand command);
}
