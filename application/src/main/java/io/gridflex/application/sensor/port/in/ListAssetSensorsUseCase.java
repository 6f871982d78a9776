package io.gridflex.application.sensor.port.in;

import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.sensor.Sensor;
import java.util.Optional;

/** The sensors directly on one asset. */
public interface ListAssetSensorsUseCase {
    Page<Sensor> listAssetSensors(Actor actor, AssetId asset, Optional<PageRequest> page);
}
