package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;
import java.util.List;

/**
 * Which community holds this — across communities, answered by active members only. None is
 * {@code *_not_found}, two are {@code ambiguous_member}. The batch forms take at most
 * {@value #MAX_BATCH_IDS} ids, and an unknown id adds no row: they reveal nothing about who exists.
 */
public interface LookUpRegistryUseCase {

    int MAX_BATCH_IDS = 500;

    Holding<Void> memberByUserId(Actor actor, String userId);

    Holding<CommunityAsset> assetBySensorId(Actor actor, String sensorId);

    Holding<HeldDeliveryPoint> deliveryPointById(Actor actor, String deliveryPointId);

    List<Holding<CommunityAsset>> assetsBySensorIds(Actor actor, List<String> sensorIds);

    List<Holding<CommunityAsset>> assetsByUserIds(Actor actor, List<String> userIds);

    List<Holding<Void>> membersByDids(Actor actor, List<String> dids);
}
