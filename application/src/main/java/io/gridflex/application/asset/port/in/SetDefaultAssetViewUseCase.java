package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Actor;
import java.util.Optional;

/** Remembers which view of an asset the user opens by default; empty forgets it. */
public interface SetDefaultAssetViewUseCase {

    String PREFERENCE = "default_asset_view";

    Optional<String> setDefaultAssetView(Actor actor, Optional<String> view);
}
