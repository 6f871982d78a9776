package io.gridflex.adapter.memory.usecase;

import static io.gridflex.adapter.memory.usecase.TestData.aSensor;
import static io.gridflex.adapter.memory.usecase.TestData.anAsset;
import static io.gridflex.adapter.memory.usecase.TestData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.adapter.memory.usecase.UseCaseFixture.Principal;
import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.port.in.AssetJob;
import io.gridflex.application.scheduling.port.out.JobRequest;
import io.gridflex.application.scheduling.port.out.SchedulingJob;
import io.gridflex.application.scheduling.service.AssetJobsService;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.sensor.Sensor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An asset's scheduling jobs, listed from the job queue for whoever may read the asset. */
class AssetJobsServiceTest {

    private final UseCaseFixture given = new UseCaseFixture();
    private final AssetJobsService jobs = new AssetJobsService(given.assets, given.stores.schedulingJobs);
    private final Asset site = given.assets.registerAsset(given.admin(), anAsset().named("Site").inAccount(given.acme.id()).build());
    private final Asset neighbour = given.assets.registerAsset(given.admin(), anAsset().named("Neighbour").inAccount(given.acme.id()).build());
    private final Sensor battery = given.sensors.registerSensor(given.admin(), aSensor().on(site.id()).build());

    private UUID enqueue(Asset asset, String at) {
        JobRequest request = new JobRequest(asset.id(), new EventGrid(at("2026-06-02T00:00:00Z"), Duration.ofMinutes(15), 96),
                at(at), false, List.of(FlexDocuments.namedDevice("flex-model", Map.of("sensor", battery.id().value(),
                        "soc-at-start", "1 kWh"))), FlexDocuments.context(Map.of("consumption-price", "10 EUR/MWh")));
        UUID id = UUID.randomUUID();
        given.stores.schedulingJobs.enqueue(SchedulingJob.queued(id, request, Optional.empty(), at(at)));
        return id;
    }

    @Test
    void lists_the_assets_jobs_newest_first_with_their_status_and_devices() {
        UUID first = enqueue(site, "2026-06-01T10:00:00Z");
        UUID second = enqueue(site, "2026-06-01T11:00:00Z");
        enqueue(neighbour, "2026-06-01T12:00:00Z");
        given.stores.schedulingJobs.claimNext("worker", at("2026-06-01T12:00:00Z"), Duration.ofMinutes(4));
        given.stores.schedulingJobs.fail(first, "worker", "Scheduling job failed with InfeasibleProblemException: infeasible",
                at("2026-06-01T12:01:00Z"));

        List<AssetJob> listed = jobs.assetJobs(given.as(Principal.MEMBER), site.id());

        assertThat(listed).extracting(AssetJob::id).containsExactly(second, first);
        assertThat(listed).extracting(AssetJob::status).containsExactly(AssetJob.Status.QUEUED, AssetJob.Status.FAILED);
        assertThat(listed.get(1).error()).hasValueSatisfying(e -> assertThat(e).contains("InfeasibleProblemException"));
        assertThat(listed.get(1).startedAt()).contains(at("2026-06-01T12:00:00Z"));
        assertThat(listed.get(0).sensors()).containsExactly(battery.id());
    }

    @Test
    void refuses_who_may_not_read_the_asset_and_an_unknown_asset() {
        enqueue(site, "2026-06-01T10:00:00Z");
        assertThatThrownBy(() -> jobs.assetJobs(given.as(Principal.STRANGER), site.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> jobs.assetJobs(given.admin(), AssetId.of(999_999))).isInstanceOf(NotFoundException.class);
    }
}
