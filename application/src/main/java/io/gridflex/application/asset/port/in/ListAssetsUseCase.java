package io.gridflex.application.asset.port.in;

import io.gridflex.application.page.Page;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;

public interface ListAssetsUseCase {
    Page<Asset> listAssets(Actor actor, ListAssetsCommand command);
}
