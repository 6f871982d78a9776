package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetLineage;
import io.gridflex.domain.sensor.Sensor;
import java.util.List;
import java.util.Optional;

/** An asset with what a client sees of its surroundings: owner, ancestors, children and sensors. */
public record AssetDetails(AssetLineage lineage, Optional<Account> owner, List<Asset> children, List<Sensor> sensors) {

    public AssetDetails {
        children = List.copyOf(children);
        sensors = List.copyOf(sensors);
    }

    public Asset asset() {
        return lineage.asset();
    }
}
