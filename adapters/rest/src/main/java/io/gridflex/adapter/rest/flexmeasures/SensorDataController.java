package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.application.belief.port.in.DeleteSensorDataUseCase;
import io.gridflex.application.asset.port.in.GetAssetUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatsUseCase;
import io.gridflex.application.belief.port.in.GetSensorStatusUseCase;
import io.gridflex.application.belief.port.in.ReadSensorDataQuery;
import io.gridflex.application.belief.port.in.ReadSensorDataUseCase;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.application.belief.port.in.RecordBeliefsUseCase;
import io.gridflex.application.belief.port.in.RecordOutcome;
import io.gridflex.application.belief.port.in.SensorData;
import io.gridflex.application.belief.port.in.SourceStats;
import io.gridflex.application.sensor.port.in.GetSensorUseCase;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.sensor.EntityAddress;
import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Data section of the FlexMeasures v3 API: sensor data as beliefs. */
@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0/sensors")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SensorDataController {

    private static final Set<String> POST_FIELDS = Set.of("sensor", "values", "start", "duration", "unit", "prior", "horizon", "type");
    private static final Set<String> GET_FIELDS = Set.of("sensor", "start", "duration", "unit", "resolution", "prior", "horizon",
            "source", "sources", "type");

    /** The optional {@code type} of a message, as FlexMeasures' sensor-data schemas take it; power types need power units. */
    private static final List<String> POST_TYPES = List.of("PostSensorDataRequest", "PostMeterDataRequest", "PostPrognosisRequest",
            "PostPriceDataRequest", "PostWeatherDataRequest");
    private static final List<String> GET_TYPES = List.of("GetSensorDataRequest", "GetMeterDataRequest", "GetPrognosisRequest",
            "GetPriceDataRequest");
    private static final SensorUnit MW = SensorUnit.of("MW");

    private final RecordBeliefsUseCase record;
    private final ReadSensorDataUseCase read;
    private final DeleteSensorDataUseCase delete;
    private final GetSensorStatsUseCase stats;
    private final GetSensorUseCase getSensor;
    private final GetSensorStatusUseCase status;
    private final GetAssetUseCase getAsset;
    private final SensorDataUpload upload;
    private final JsonMapper json;

    public SensorDataController(RecordBeliefsUseCase record, ReadSensorDataUseCase read, DeleteSensorDataUseCase delete,
                                GetSensorStatsUseCase stats, GetSensorUseCase getSensor, GetSensorStatusUseCase status,
                                GetAssetUseCase getAsset, SensorDataUpload upload, JsonMapper json) {
        this.status = status;
        this.getAsset = getAsset;
        this.record = record;
        this.read = read;
        this.delete = delete;
        this.stats = stats;
        this.getSensor = getSensor;
        this.upload = upload;
        this.json = json;
    }

    @Post("/data")
    public HttpResponse<Map<String, Object>> postByAddress(@Body String body, Authentication authentication) {
        return post(Optional.empty(), body, authentication);
    }

    @Post("/{id}/data")
    public HttpResponse<Map<String, Object>> postById(@PathVariable String id, @Body String body, Authentication authentication) {
        return post(Optional.of(SensorController.sensorId(id)), body, authentication);
    }

    @Get("/data")
    public SensorDataJson getByAddress(HttpRequest<?> request, Authentication authentication) {
        return get(Optional.empty(), request, authentication);
    }

    @Get("/{id}/data")
    public SensorDataJson getById(@PathVariable String id, HttpRequest<?> request, Authentication authentication) {
        return get(Optional.of(SensorController.sensorId(id)), request, authentication);
    }

    @Delete("/{id}/data")
    public HttpResponse<Void> deleteData(@PathVariable String id, Authentication authentication) {
        delete.deleteSensorData(actorOf(authentication), SensorController.sensorId(id));
        return HttpResponse.noContent();
    }

    @Post(value = "/{id}/data/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<Map<String, Object>> upload(@PathVariable String id, @Body MultipartBody body,
                                                    Authentication authentication) {
        Actor actor = actorOf(authentication);
        Sensor sensor = getSensor.getSensor(actor, SensorController.sensorId(id));
        return outcome(record.recordBeliefs(actor, upload.read(body, sensor)));
    }

    @Get("/{id}/stats")
    public Map<String, Object> stats(@PathVariable String id, Authentication authentication) {
        Actor actor = actorOf(authentication);
        Sensor sensor = getSensor.getSensor(actor, SensorController.sensorId(id));
        Map<String, Object> answer = new LinkedHashMap<>();
        for (SourceStats s : stats.sensorStats(actor, sensor.id())) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("First event start", isoIn(s.stats().firstEventStart(), sensor));
            figures.put("Last event end", isoIn(s.stats().lastEventStart().plus(sensor.eventResolution()), sensor));
            figures.put("Last recorded", isoIn(s.stats().lastBeliefTime(), sensor));
            figures.put("Min value", s.stats().min());
            figures.put("Max value", s.stats().max());
            figures.put("Mean value", s.stats().mean());
            figures.put("Sum over values", s.stats().sum());
            figures.put("Number of values", s.stats().count());
            answer.put(statsKey(s.source()), figures);
        }
        return answer;
    }

    @Get("/{id}/status")
    public Map<String, Object> status(@PathVariable String id, Authentication authentication) {
        Actor actor = actorOf(authentication);
        Sensor sensor = getSensor.getSensor(actor, SensorController.sensorId(id));
        String assetName = getAsset.getAsset(actor, sensor.assetId()).asset().name();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (GetSensorStatusUseCase.SourceTypeStatus s : status.sensorStatus(actor, sensor.id())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            // FlexMeasures humanises these (naturaldelta): "2 hours", not PT2H
            entry.put("staleness", s.staleness().staleness().map(NaturalDelta::of).orElse(null));
            entry.put("stale", s.staleness().stale());
            entry.put("staleness_since", s.staleness().staleSince()
                    .map(since -> NaturalDelta.of(Duration.between(since, Instant.now()))).orElse(null));
            entry.put("reason", s.staleness().reason());
            entry.put("source_type", s.sourceType().orElse(null));
            entry.put("id", sensor.id().value());
            entry.put("name", sensor.name());
            entry.put("resolution", NaturalDelta.of(sensor.eventResolution()));
            entry.put("asset_name", assetName);
            entry.put("relation", "sensor belongs to this asset");
            entries.add(entry);
        }
        return Map.of("sensors_data", entries);
    }

    private HttpResponse<Map<String, Object>> post(Optional<SensorId> pathSensor, String body, Authentication authentication) {
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(POST_FIELDS, Set.of());
        Optional<SensorId> sensor = sensorOf(pathSensor, request);
        Optional<List<Double>> values = values(request);
        Optional<OffsetDateTime> start = request.required("start", request::awareDateTime);
        Optional<Span> duration = request.required("duration", request::span);
        Optional<SensorUnit> unit = request.convert("unit", request.required("unit", request::string), SensorUnit::of);
        Optional<OffsetDateTime> prior = request.awareDateTime("prior");
        Optional<Duration> horizon = request.signedDuration("horizon");
        messageType(request, unit, POST_TYPES);
        request.done();
        return outcome(record.recordBeliefs(actorOf(authentication), new RecordBeliefsCommand(sensor.orElseThrow(),
                start.orElseThrow().toInstant(), duration.orElseThrow(), values.orElseThrow(), unit.orElseThrow(),
                prior.map(OffsetDateTime::toInstant), horizon)));
    }

    /** The fields come as query parameters: the server does not read bodies of GET requests. */
    private SensorDataJson get(Optional<SensorId> pathSensor, HttpRequest<?> http, Authentication authentication) {
        JsonRequest request = JsonRequest.fromQuery(http.getParameters()).allowOnly(GET_FIELDS, Set.of());
        Optional<SensorId> sensor = sensorOf(pathSensor, request);
        Optional<OffsetDateTime> start = request.required("start", request::awareDateTime);
        Optional<Span> duration = request.required("duration", request::span);
        Optional<SensorUnit> unit = request.convert("unit", request.required("unit", request::string), SensorUnit::of);
        Optional<Duration> resolution = request.duration("resolution");
        Optional<OffsetDateTime> prior = request.awareDateTime("prior");
        Optional<Duration> horizon = request.signedDuration("horizon");
        Set<SourceId> sources = new HashSet<>();
        for (String field : List.of("source", "sources")) {
            request.convert(field, request.longs(field), ids -> ids.stream().map(SourceId::of).toList()).ifPresent(sources::addAll);
        }
        messageType(request, unit, GET_TYPES);
        request.done();
        SensorData data = read.readSensorData(actorOf(authentication), new ReadSensorDataQuery(sensor.orElseThrow(),
                start.orElseThrow().toInstant(), duration.orElseThrow(), unit.orElseThrow(), resolution,
                prior.map(OffsetDateTime::toInstant), horizon, sources));
        return new SensorDataJson(data.values(), start.get().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                data.duration().toString(), data.unit().symbol(), data.resolution().toString(), "PROCESSED",
                "Request has been processed.");
    }

    private static void messageType(JsonRequest request, Optional<SensorUnit> unit, List<String> types) {
        request.string("type").ifPresent(type -> {
            if (!types.contains(type)) {
                request.error("type", "Must be one of: " + String.join(", ", types) + ".");
            } else if ((type.endsWith("MeterDataRequest") || type.endsWith("PrognosisRequest"))
                    && unit.filter(u -> !u.isConvertibleTo(MW)).isPresent()) {
                request.error("unit", "The unit for this message type should be convertible to MW, got incompatible unit: "
                        + unit.get() + ".");
            }
        });
    }

    private static Optional<SensorId> sensorOf(Optional<SensorId> pathSensor, JsonRequest request) {
        if (pathSensor.isPresent()) {
            if (request.has("sensor")) {
                request.error("sensor", "The sensor is named in the path already.");
            }
            return pathSensor;
        }
        return request.convert("sensor", request.required("sensor", request::string), address -> EntityAddress.parse(address).sensorId());
    }

    /** A list of numbers and nulls, or one bare number. */
    private static Optional<List<Double>> values(JsonRequest request) {
        if (request.isNumber("values")) {
            return Optional.of(List.of(request.number("values").get()));
        }
        return request.convert("values", request.required("values", request::list), nodes -> {
            if (nodes.isEmpty()) {
                throw new IllegalArgumentException("At least one value is needed.");
            }
            List<Double> values = new ArrayList<>(nodes.size());
            for (JsonNode node : nodes) {
                if (node.isNull()) {
                    values.add(null);
                } else if (node.isNumber()) {
                    values.add(node.getDoubleValue());
                } else {
                    throw new IllegalArgumentException("Values are numbers or null; got " + node + ".");
                }
            }
            return values;
        });
    }

    private static HttpResponse<Map<String, Object>> outcome(RecordOutcome outcome) {
        return RecordOutcomeAnswer.of(outcome);
    }

    /** FlexMeasures' key for a source's stats: its description and id, "Seita's StorageScheduler model v2 (ID: 7)". */
    static String statsKey(DataSource source) {
        StringBuilder key = new StringBuilder(source.name());
        source.description().model().ifPresent(model -> {
            key.append("'s ").append(model).append(' ')
                    .append(model.toLowerCase(java.util.Locale.ROOT).contains(source.type().toLowerCase(java.util.Locale.ROOT))
                            ? "model" : source.type());
            source.version().ifPresent(version -> key.append(" v").append(version));
        });
        return key.append(" (ID: ").append(source.id().value()).append(')').toString();
    }

    /** As pandas' isoformat in the sensor's time zone: "2026-01-01T01:00:00+01:00", never "Z". */
    private static String isoIn(Instant instant, Sensor sensor) {
        java.time.ZonedDateTime local = instant.atZone(sensor.timezone());
        return (local.getNano() == 0 ? ISO_WITH_OFFSET : ISO_WITH_OFFSET_MICROS).format(local);
    }

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter ISO_WITH_OFFSET_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private static String iso(java.time.Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(java.time.ZoneOffset.UTC));
    }
}
