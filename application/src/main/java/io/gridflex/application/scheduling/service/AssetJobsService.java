package io.gridflex.application.scheduling.service;

import io.gridflex.application.asset.port.in.GetAssetUseCase;
import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.port.in.AssetJob;
import io.gridflex.application.scheduling.port.in.ListAssetJobsUseCase;
import io.gridflex.application.scheduling.port.out.SchedulingJob;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;
import java.util.List;
import java.util.Objects;

/**
 * An asset's scheduling jobs, for whoever may read the asset (FlexMeasures' rule for its jobs
 * listing). The queue keeps every job, so the listing is not limited by a time to live.
 */
public final class AssetJobsService implements ListAssetJobsUseCase {

    private final GetAssetUseCase assets;
    private final SchedulingJobsPort jobs;

    public AssetJobsService(GetAssetUseCase assets, SchedulingJobsPort jobs) {
        this.assets = Objects.requireNonNull(assets);
        this.jobs = Objects.requireNonNull(jobs);
    }

    @Override
    public List<AssetJob> assetJobs(Actor actor, AssetId asset) {
        assets.getAsset(actor, asset); // refuses an unknown asset (404) or one the actor may not read (403)
        return jobs.jobsOfAsset(asset).stream().map(AssetJobsService::listed).toList();
    }

    private static AssetJob listed(SchedulingJob job) {
        return new AssetJob(job.id(), job.request().asset(), AssetJob.Status.valueOf(job.status().name()), job.createdAt(),
                job.claimedAt(), job.endedAt(), job.error(), job.request().horizon(), job.request().beliefTime(),
                job.request().flexModels().stream().map(FlexDevice::sensor).toList(), job.attempts(),
                job.outcome().map(SchedulingJob.Outcome::scheduler));
    }
}
