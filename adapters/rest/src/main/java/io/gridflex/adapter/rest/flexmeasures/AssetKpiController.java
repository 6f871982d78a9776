package io.gridflex.adapter.rest.flexmeasures;

import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.json.TimeFields;
import io.gridflex.application.asset.port.in.AssetKpi;
import io.gridflex.application.asset.port.in.AssetKpisQuery;
import io.gridflex.application.asset.port.in.GetAssetKpisUseCase;
import io.gridflex.application.asset.port.in.GetAssetUseCase;
import io.gridflex.application.scheduling.port.in.AssetJob;
import io.gridflex.application.scheduling.port.in.ListAssetJobsUseCase;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.failure.InvalidValueException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An asset's KPIs ({@code GET /api/v3_0/assets/<id>/kpis}) and its scheduling jobs
 * ({@code GET /api/v3_0/assets/<id>/jobs}), in FlexMeasures v3's shapes.
 */
@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0/assets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssetKpiController {

    private final GetAssetKpisUseCase kpis;
    private final ListAssetJobsUseCase jobs;
    private final GetAssetUseCase assets;
    private final JsonMapper json;

    public AssetKpiController(GetAssetKpisUseCase kpis, ListAssetJobsUseCase jobs, GetAssetUseCase assets, JsonMapper json) {
        this.kpis = kpis;
        this.jobs = jobs;
        this.assets = assets;
        this.json = json;
    }

    /** {@code start} and {@code end} (aware datetimes, both required) bound the events counted. */
    @Get("/{id}/kpis")
    public Map<String, Object> kpis(@PathVariable String id, HttpRequest<?> request, Authentication authentication) {
        AssetId asset = AssetId.of(PathIds.of(id, "Asset"));
        Map<String, List<String>> refused = new LinkedHashMap<>();
        Optional<Instant> start = time(request, "start", refused);
        Optional<Instant> end = time(request, "end", refused);
        if (!refused.isEmpty()) {
            throw new InvalidValueException(refused);
        }
        List<Map<String, Object>> data = new ArrayList<>();
        for (AssetKpi kpi : kpis.assetKpis(actorOf(authentication), new AssetKpisQuery(asset, start.get(), end.get()))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", kpi.title());
            entry.put("unit", kpi.unit().symbol());
            entry.put("sensor", kpi.sensor().value());
            entry.put("downsample_value", Double.isFinite(kpi.value())
                    ? BigDecimal.valueOf(kpi.value()).setScale(2, RoundingMode.HALF_EVEN).doubleValue() : kpi.value());
            entry.put("downsample_function", kpi.function());
            data.add(entry);
        }
        return Map.of("data", data);
    }

    /**
     * The asset's scheduling jobs, newest first: {@code {"jobs": [...], "redis_connection_err": null}}
     * as FlexMeasures lists them (gridflex keeps jobs in its database, so there is never a Redis error).
     */
    @Get("/{id}/jobs")
    public Map<String, Object> jobs(@PathVariable String id, Authentication authentication) {
        Actor actor = actorOf(authentication);
        AssetId asset = AssetId.of(PathIds.of(id, "Asset"));
        List<AssetJob> listed = jobs.assetJobs(actor, asset);
        String name = assets.getAsset(actor, asset).asset().name();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (AssetJob job : listed) {
            String metadata = metadata(job);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("job_id", job.id().toString());
            entry.put("metadata", metadata);
            entry.put("queue", "scheduling");
            entry.put("asset_or_sensor_type", "asset");
            entry.put("entity", "asset: " + name + " (Id: " + asset.value() + ")");
            entry.put("status", status(job.status()));
            entry.put("err", job.error().orElse(null));
            entry.put("enqueued_at", job.enqueuedAt().toString());
            entry.put("metadata_hash", sha256(metadata));
            entries.add(entry);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("jobs", entries);
        answer.put("redis_connection_err", null);
        return answer;
    }

    /** rq's names for a job's state, which FlexMeasures passes on. */
    static String status(AssetJob.Status status) {
        return switch (status) {
            case QUEUED -> "queued";
            case RUNNING -> "started";
            case FINISHED -> "finished";
            case FAILED -> "failed";
        };
    }

    /** What the job was asked and how it went, as the JSON text FlexMeasures shows as a job's metadata. */
    private String metadata(AssetJob job) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("asset_id", job.asset().value());
        meta.put("start", job.horizon().start().toString());
        meta.put("end", job.horizon().end().toString());
        meta.put("resolution", job.horizon().spacing().toString());
        meta.put("belief_time", job.beliefTime().toString());
        Set<Long> sensors = new LinkedHashSet<>();
        job.sensors().forEach(s -> sensors.add(s.value()));
        meta.put("sensors", List.copyOf(sensors));
        meta.put("attempts", job.attempts());
        job.startedAt().ifPresent(t -> meta.put("started_at", t.toString()));
        job.endedAt().ifPresent(t -> meta.put("ended_at", t.toString()));
        job.scheduler().ifPresent(s -> meta.put("scheduler", s));
        meta.put("job_id", job.id().toString());
        try {
            return new String(json.writeValueAsBytes(meta), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Instant> time(HttpRequest<?> request, String name, Map<String, List<String>> refused) {
        Optional<String> raw = request.getParameters().getFirst(name);
        if (raw.isEmpty() || raw.get().isBlank()) {
            refused.put(name, List.of("Missing data for required field."));
            return Optional.empty();
        }
        try {
            return Optional.of(TimeFields.awareDateTime(raw.get()).toInstant());
        } catch (IllegalArgumentException e) {
            refused.put(name, List.of(e.getMessage()));
            return Optional.empty();
        }
    }

}
