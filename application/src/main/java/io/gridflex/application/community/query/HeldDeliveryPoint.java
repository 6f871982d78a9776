package io.gridflex.application.community.query;


import io.gridflex.domain.community.DeliveryPoint;

/** A delivery point with the key of the member holding it. */
public record HeldDeliveryPoint(String memberKey, DeliveryPoint point) {
}
