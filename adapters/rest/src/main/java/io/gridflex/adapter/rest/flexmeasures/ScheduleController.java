package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.application.belief.port.in.SensorData;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase.ScheduleState;
import io.gridflex.application.scheduling.port.in.TriggerScheduleUseCase;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The Schedule section of the FlexMeasures v3 API: triggers answer a job id at once; a worker of
 * any instance runs the job; the schedule is read back by job id from each device's sensor.
 */
@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ScheduleController {

    private static final Set<String> GET_FIELDS = Set.of("duration", "unit");

    private final TriggerScheduleUseCase trigger;
    private final GetScheduleUseCase get;
    private final JsonMapper json;

    public ScheduleController(TriggerScheduleUseCase trigger, GetScheduleUseCase get, JsonMapper json) {
        this.trigger = trigger;
        this.get = get;
        this.json = json;
    }

    @Post("/sensors/{id}/schedules/trigger")
    public Map<String, Object> triggerSensor(@PathVariable String id, @Body String body, Authentication authentication) {
        UUID job = trigger.trigger(actorOf(authentication),
                ScheduleTriggerMapper.sensorTrigger(SensorController.sensorId(id), JsonRequest.parse(json, body).whole()));
        return accepted(job);
    }

    @Post("/assets/{id}/schedules/trigger")
    public Map<String, Object> triggerAsset(@PathVariable String id, @Body String body, Authentication authentication) {
        UUID job = trigger.trigger(actorOf(authentication),
                ScheduleTriggerMapper.assetTrigger(AssetController.assetId(id), JsonRequest.parse(json, body).whole()));
        return accepted(job);
    }

    @Get("/sensors/{id}/schedules/{uuid}")
    public HttpResponse<Map<String, Object>> schedule(@PathVariable String id, @PathVariable String uuid, HttpRequest<?> http,
                                                      Authentication authentication) {
        JsonRequest request = JsonRequest.fromQuery(http.getParameters()).allowOnly(GET_FIELDS, Set.of());
        Optional<Span> duration = request.span("duration");
        Optional<SensorUnit> unit = request.convert("unit", request.string("unit"), SensorUnit::of);
        request.done();
        Optional<UUID> job = jobId(uuid);
        ScheduleState state = job.isEmpty() ? new ScheduleState.NoSuchJob()
                : get.getSchedule(actorOf(authentication), SensorController.sensorId(id), job.get(), duration, unit);
        if (state instanceof ScheduleState.NoSuchJob) { // FlexMeasures' unrecognized_event(job_id, "job")
            return rejected("UNRECOGNIZED_UDI_EVENT", "The requested UDI event (id = " + uuid + ", type = job) is not known.");
        }
        if (state instanceof ScheduleState.Unknown unknown) {
            return rejected("UNRECOGNIZED_UDI_EVENT", unknown.reason());
        }
        if (state instanceof ScheduleState.Waiting) {
            return rejected("UNKNOWN_SCHEDULE", "Scheduling job waiting to be processed.");
        }
        if (state instanceof ScheduleState.Failed failed) {
            return rejected("UNKNOWN_SCHEDULE", failed.reason());
        }
        ScheduleState.Ready ready = (ScheduleState.Ready) state;
        SensorData data = ready.schedule();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("values", data.values());
        answer.put("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(data.start().atOffset(java.time.ZoneOffset.UTC)));
        answer.put("duration", data.duration().toString());
        answer.put("unit", data.unit().symbol());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("scheduler", ready.scheduler());
        info.put("solver", ready.solver());
        info.put("gap", ready.gap());
        answer.put("scheduler_info", info);
        answer.put("status", "PROCESSED");
        answer.put("message", "Request has been processed. " + ready.scheduler() + " was used.");
        return HttpResponse.ok(answer);
    }

    private static Map<String, Object> accepted(UUID job) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "PROCESSED");
        answer.put("schedule", job.toString());
        answer.put("message", "Request has been processed.");
        return answer;
    }

    private static Optional<UUID> jobId(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static HttpResponse<Map<String, Object>> rejected(String status, String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("result", "Rejected");
        answer.put("status", status);
        answer.put("message", message);
        return HttpResponse.<Map<String, Object>>status(HttpStatus.BAD_REQUEST).body(answer);
    }
}
