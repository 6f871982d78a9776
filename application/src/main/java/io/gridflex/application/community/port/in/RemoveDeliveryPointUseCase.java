package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Member;

/**
 * Removes a member's delivery point; answers the member as it is now. Refused: 404 for the
 * community, the member or the point; 409 {@code delivery_point_linked} while one of the member's
 * meters names it.
 */
public interface RemoveDeliveryPointUseCase {

    Member removeDeliveryPoint(Actor actor, RemoveDeliveryPointCommand command);
}
