package io.gridflex.application.contract;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Assets and sensors with sensible defaults. */
public final class TestAssets {

    private TestAssets() {
    }

    public static NewAsset asset(String name, AssetType type, Optional<AccountId> account, Optional<AssetId> parent) {
        return new NewAsset(name, type.id(), account, parent, Coordinates.UNKNOWN, Attributes.NONE, Attributes.NONE,
                Attributes.NONE);
    }

    public static NewSensor sensor(AssetId asset, String name, String unit) {
        return new NewSensor(asset, name, SensorUnit.of(unit), Duration.ofMinutes(15), ZoneId.of("Europe/Amsterdam"),
                KnowledgeHorizon.EX_POST, Attributes.NONE);
    }
}
