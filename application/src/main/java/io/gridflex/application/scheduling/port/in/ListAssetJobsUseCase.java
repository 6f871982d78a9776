package io.gridflex.application.scheduling.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;
import java.util.List;

/** The scheduling jobs kept for an asset (triggered on it or on one of its sensors), newest first. */
public interface ListAssetJobsUseCase {
    List<AssetJob> assetJobs(Actor actor, AssetId asset);
}
