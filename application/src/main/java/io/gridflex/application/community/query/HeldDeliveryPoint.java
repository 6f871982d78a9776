package io.gridflex.application.community.query;


import io.gridflex.domain.community.DeliveryPoint;

/** A delivery point with the key and name of the member holding it. */
public record HeldDeliveryPoint(String memberKey, String memberName, DeliveryPoint point) {
}
