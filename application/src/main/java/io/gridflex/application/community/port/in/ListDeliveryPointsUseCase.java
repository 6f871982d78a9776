package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.DeliveryPointFilter;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.account.Actor;

/** A community's delivery points, a page at a time (filtered by type and active), or one by its id. */
public interface ListDeliveryPointsUseCase {

    KeyPage<Registered<HeldDeliveryPoint>> listDeliveryPoints(Actor actor, String community, DeliveryPointFilter filter,
                                                              KeyCursor cursor);

    Registered<HeldDeliveryPoint> getDeliveryPoint(Actor actor, String community, String deliveryPointId);
}
