package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.QueryParameters;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.sensor.port.in.DeleteSensorUseCase;
import io.gridflex.application.sensor.port.in.GetSensorUseCase;
import io.gridflex.application.sensor.port.in.ListSensorsCommand;
import io.gridflex.application.sensor.port.in.ListSensorsUseCase;
import io.gridflex.application.sensor.port.in.RegisterSensorUseCase;
import io.gridflex.application.sensor.port.in.UpdateSensorUseCase;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.SensorChanges;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Sensor section of the FlexMeasures v3 API (sensor data comes with the beliefs). */
@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0/sensors")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SensorController {

    static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("UTC");
    private static final Set<String> PATCHABLE = Set.of("name", "unit", "event_resolution", "timezone", "attributes",
            "knowledge_horizon_fnc", "knowledge_horizon_par");
    private static final Set<String> CREATABLE = Set.of("name", "unit", "event_resolution", "timezone", "attributes",
            "knowledge_horizon_fnc", "knowledge_horizon_par", "generic_asset_id");
    private static final Set<String> NOT_PATCHABLE = Set.of("id", "generic_asset_id", "entity_address");

    private final ListSensorsUseCase listSensors;
    private final GetSensorUseCase getSensor;
    private final RegisterSensorUseCase registerSensor;
    private final UpdateSensorUseCase updateSensor;
    private final DeleteSensorUseCase deleteSensor;
    private final AssetMapper mapper;
    private final JsonMapper json;

    public SensorController(ListSensorsUseCase listSensors, GetSensorUseCase getSensor, RegisterSensorUseCase registerSensor,
                            UpdateSensorUseCase updateSensor, DeleteSensorUseCase deleteSensor, AssetMapper mapper,
                            JsonMapper json) {
        this.listSensors = listSensors;
        this.getSensor = getSensor;
        this.registerSensor = registerSensor;
        this.updateSensor = updateSensor;
        this.deleteSensor = deleteSensor;
        this.mapper = mapper;
        this.json = json;
    }

    @Get
    public Object list(HttpRequest<?> request, Authentication authentication) {
        QueryParameters query = new QueryParameters(request.getParameters());
        Optional<AccountId> account = query.integer("account_id")
                .flatMap(id -> AssetController.positive(query, "account_id", id)).map(AccountId::of);
        // FlexMeasures' SensorKwargsSchema reads asset_id (flexmeasures-client's get_sensors sends it); "asset" was gridflex's own
        String assetParameter = query.text("asset_id").isPresent() ? "asset_id" : "asset";
        Optional<AssetId> asset = query.integer(assetParameter)
                .flatMap(id -> AssetController.positive(query, assetParameter, id)).map(AssetId::of);
        boolean consultancyClients = query.flag("include_consultancy_clients");
        boolean publicAssets = query.flag("include_public_assets");
        Optional<String> unit = query.text("unit");
        SearchTerms search = SearchTerms.parse(query.text("filter").orElse(null));
        Optional<PageRequest> page = query.page();
        query.done();
        return FlexMeasuresListing.of(listSensors.listSensors(actorOf(authentication),
                new ListSensorsCommand(account, asset, consultancyClients, publicAssets, unit, search, page)).map(mapper::toJson), page);
    }

    @Post
    public HttpResponse<SensorJson> create(@Body String body, Authentication authentication) {
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(CREATABLE, Set.of("id", "entity_address"));
        Optional<String> name = request.required("name", request::string);
        Optional<SensorUnit> unit = request.convert("unit", request.required("unit", request::string), SensorUnit::of);
        request.required("event_resolution", request::string);
        Optional<Duration> resolution = request.duration("event_resolution");
        Optional<AssetId> asset = request.convert("generic_asset_id", request.required("generic_asset_id", request::integer),
                AssetId::of);
        ZoneId timezone = timezone(request).orElse(DEFAULT_TIMEZONE);
        Attributes attributes = attributes(request).orElse(Attributes.NONE);
        KnowledgeHorizon horizon = knowledgeHorizon(request).orElse(KnowledgeHorizon.EX_POST);
        request.done();
        NewSensor draft = new NewSensor(asset.orElseThrow(), name.orElseThrow(), unit.orElseThrow(), resolution.orElseThrow(),
                timezone, horizon, attributes);
        return HttpResponse.created(mapper.toJson(registerSensor.registerSensor(actorOf(authentication), draft)));
    }

    @Get("/{id}")
    public SensorJson get(@PathVariable String id, Authentication authentication) {
        return mapper.toJson(getSensor.getSensor(actorOf(authentication), sensorId(id)));
    }

    @Patch("/{id}")
    public SensorJson patch(@PathVariable String id, @Body String body, Authentication authentication) {
        SensorId sensorId = sensorId(id);
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(PATCHABLE, NOT_PATCHABLE);
        Optional<String> name = request.string("name");
        Optional<SensorUnit> unit = request.convert("unit", request.string("unit"), SensorUnit::of);
        Optional<Duration> resolution = request.duration("event_resolution");
        Optional<ZoneId> timezone = timezone(request);
        Optional<Attributes> attributes = attributes(request);
        Optional<KnowledgeHorizon> horizon = knowledgeHorizon(request);
        request.done();
        return mapper.toJson(updateSensor.updateSensor(actorOf(authentication), sensorId,
                new SensorChanges(name, unit, resolution, timezone, horizon, attributes)));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(@PathVariable String id, Authentication authentication) {
        deleteSensor.deleteSensor(actorOf(authentication), sensorId(id));
        return HttpResponse.noContent();
    }

    private Optional<Attributes> attributes(JsonRequest request) {
        return request.convert("attributes", request.jsonObject("attributes", json), Attributes::of);
    }

    private Optional<KnowledgeHorizon> knowledgeHorizon(JsonRequest request) {
        Optional<String> function = request.string("knowledge_horizon_fnc");
        Optional<Map<String, Object>> parameters = request.jsonObject("knowledge_horizon_par", json);
        if (function.isEmpty() && parameters.isEmpty()) {
            return Optional.empty();
        }
        return request.build(() -> KnowledgeHorizon.of(function.orElse("ex_post"), parameters.orElse(Map.of())));
    }

    private static Optional<ZoneId> timezone(JsonRequest request) {
        return UserFields.timezone(request);
    }

    static SensorId sensorId(String raw) {
        return SensorId.of(PathIds.of(raw, "Sensor"));
    }
}
