package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Actor;
import java.util.List;

/**
 * The KPIs of an asset over a period, as FlexMeasures' asset page shows them: one figure per entry
 * of the asset's {@code sensors_to_show_as_kpis} attribute, in the order given there.
 */
public interface GetAssetKpisUseCase {
    List<AssetKpi> assetKpis(Actor actor, AssetKpisQuery query);
}
