package io.gridflex.application.community.query;


import io.gridflex.domain.community.DeliveryPoint;
import java.util.Optional;

/** Which delivery points to list: by type and whether active, each optional. */
public record DeliveryPointFilter(Optional<DeliveryPoint.Type> type, Optional<Boolean> active) {

    public static final DeliveryPointFilter ALL = new DeliveryPointFilter(Optional.empty(), Optional.empty());

    public boolean matches(DeliveryPoint point) {
        return type.map(t -> t == point.type()).orElse(true) && active.map(a -> a == point.active()).orElse(true);
    }
}
