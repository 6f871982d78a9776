package io.gridflex.application.community.port.out;

import io.gridflex.domain.community.Holdings;
import java.util.Collection;
import java.util.Set;

/**
 * Who holds sensors and delivery points across the registry, for the holding rules
 * ({@link Holdings}): only active members hold; a delivery point is held as a member's own or as
 * the {@code pod} of its meter ({@link Holdings#podKey}). Ids go in and come out in their compared
 * forms ({@link Holdings#sensorKey}, {@link Holdings#deliveryPointKey}); a store answers from an
 * index, whatever the registry's size.
 */
public interface FindHoldersPort {

    /** Of these sensors, those an active member of a community other than {@code communityKey} holds. */
    Set<String> sensorsHeldOutside(String communityKey, Collection<String> sensorKeys);

    /** Of these delivery points, those an active member of a community other than {@code communityKey} holds. */
    Set<String> deliveryPointsHeldOutside(String communityKey, Collection<String> deliveryPointKeys);

    /** Both, as the holding rules take them. */
    default Holdings.Elsewhere heldOutside(String communityKey, Holdings holdings) {
        Set<String> sensors = holdings.sensors().isEmpty() ? Set.of() : sensorsHeldOutside(communityKey, holdings.sensorKeys());
        Set<String> points = holdings.points().isEmpty() ? Set.of()
                : deliveryPointsHeldOutside(communityKey, holdings.deliveryPointKeys());
        return new Holdings.Elsewhere(sensors, points);
    }
}
