package io.gridflex.application.scheduling.port.out;

import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.invariant.Require;
import java.time.Instant;
import java.util.List;

/**
 * A scheduling job's request as checked when it was triggered: the asset, the horizon (as requested:
 * soc-targets beyond it extend it when the job runs), the time up
 * to which data is believed, and each device's flex-model and the site's flex-context with the
 * asset's stored fields already merged in — complete, so that any instance can run the job, also
 * after a restart, without reading the asset's documents again.
 *
 * @param flexModels in the trigger's order
 */
public record JobRequest(AssetId asset, EventGrid horizon, Instant beliefTime, boolean sequential, List<FlexDevice> flexModels,
                         SiteFlexContext flexContext) {

    public JobRequest {
        Require.present("asset", asset);
        Require.present("horizon", horizon);
        Require.present("beliefTime", beliefTime);
        flexModels = List.copyOf(Require.present("flexModels", flexModels));
        Require.present("flexContext", flexContext);
    }
}
