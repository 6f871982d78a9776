package io.gridflex.application.asset.port.in;

import io.gridflex.domain.asset.Asset;
import java.util.List;

public interface ListPublicAssetsUseCase {
    List<Asset> listPublicAssets();
}
