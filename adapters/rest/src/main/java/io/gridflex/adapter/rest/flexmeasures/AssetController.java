package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.QueryParameters;
import io.gridflex.application.asset.port.in.DeleteAssetUseCase;
import io.gridflex.application.asset.port.in.GetAssetUseCase;
import io.gridflex.application.asset.port.in.ListAssetAuditLogUseCase;
import io.gridflex.application.asset.port.in.ListAssetTypesUseCase;
import io.gridflex.application.asset.port.in.ListAssetsCommand;
import io.gridflex.application.asset.port.in.ListAssetsUseCase;
import io.gridflex.application.asset.port.in.ListPublicAssetsUseCase;
import io.gridflex.application.asset.port.in.RegisterAssetTypeUseCase;
import io.gridflex.application.asset.port.in.RegisterAssetUseCase;
import io.gridflex.application.asset.port.in.SetDefaultAssetViewUseCase;
import io.gridflex.application.asset.port.in.UpdateAssetUseCase;
import io.gridflex.application.asset.query.AssetQuery;
import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.application.sensor.port.in.ListAssetSensorsCommand;
import io.gridflex.application.sensor.port.in.ListAssetSensorsUseCase;
import io.gridflex.application.sensor.query.SensorSortField;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetChanges;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.audit.AuditedEntity;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Asset section of the FlexMeasures v3 API. */
@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0/assets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssetController {

    private static final Set<String> PATCHABLE = Set.of("name", "generic_asset_type_id", "parent_asset_id", "latitude",
            "longitude", "attributes", "flex_context", "flex_model");
    private static final Set<String> CREATABLE = union(PATCHABLE, Set.of("account_id"));
    private static final Set<String> NOT_PATCHABLE = Set.of("id", "account_id");
    private static final Map<String, SensorSortField> SENSOR_SORT = Arrays.stream(SensorSortField.values())
            .collect(Collectors.toMap(SensorSortField::fieldName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    private static final Map<String, AssetQuery.SortField> SORT = Arrays.stream(AssetQuery.SortField.values())
            .collect(Collectors.toMap(AssetQuery.SortField::fieldName, Function.identity()));

    private final ListAssetsUseCase listAssets;
    private final ListPublicAssetsUseCase listPublicAssets;
    private final GetAssetUseCase getAsset;
    private final RegisterAssetUseCase registerAsset;
    private final UpdateAssetUseCase updateAsset;
    private final DeleteAssetUseCase deleteAsset;
    private final ListAssetAuditLogUseCase listAuditLog;
    private final ListAssetTypesUseCase listTypes;
    private final RegisterAssetTypeUseCase registerType;
    private final SetDefaultAssetViewUseCase setDefaultView;
    private final ListAssetSensorsUseCase listAssetSensors;
    private final AssetMapper assetMapper;
    private final FlexMeasuresMapper mapper;
    private final JsonMapper json;

    public AssetController(ListAssetsUseCase listAssets, ListPublicAssetsUseCase listPublicAssets, GetAssetUseCase getAsset,
                           RegisterAssetUseCase registerAsset, UpdateAssetUseCase updateAsset, DeleteAssetUseCase deleteAsset,
                           ListAssetAuditLogUseCase listAuditLog, ListAssetTypesUseCase listTypes,
                           RegisterAssetTypeUseCase registerType, SetDefaultAssetViewUseCase setDefaultView,
                           ListAssetSensorsUseCase listAssetSensors, AssetMapper assetMapper, FlexMeasuresMapper mapper,
                           JsonMapper json) {
        this.listAssets = listAssets;
        this.listPublicAssets = listPublicAssets;
        this.getAsset = getAsset;
        this.registerAsset = registerAsset;
        this.updateAsset = updateAsset;
        this.deleteAsset = deleteAsset;
        this.listAuditLog = listAuditLog;
        this.listTypes = listTypes;
        this.registerType = registerType;
        this.setDefaultView = setDefaultView;
        this.listAssetSensors = listAssetSensors;
        this.assetMapper = assetMapper;
        this.mapper = mapper;
        this.json = json;
    }

    @Get
    public Object list(HttpRequest<?> request, Authentication authentication) {
        QueryParameters query = new QueryParameters(request.getParameters());
        Optional<AccountId> account = query.integer("account_id").flatMap(id -> positive(query, "account_id", id)).map(AccountId::of);
        boolean allAccessible = query.flag("all_accessible");
        boolean includePublic = query.flag("include_public");
        SearchTerms search = SearchTerms.parse(query.text("filter").orElse(null));
        AssetQuery.SortField sortBy = query.choice("sort_by", SORT, AssetQuery.SortField.ID);
        SortDirection direction = query.sortDirection(SortDirection.ASC);
        Optional<PageRequest> page = query.page();
        query.done();
        Map<AssetTypeId, AssetType> types = types();
        return FlexMeasuresListing.of(listAssets.listAssets(actorOf(authentication),
                        new ListAssetsCommand(account, allAccessible, includePublic, search, sortBy, direction, page))
                .map(asset -> assetMapper.toJson(asset, types)), page);
    }

    @Get("/public")
    public List<AssetJson> listPublic() {
        Map<AssetTypeId, AssetType> types = types();
        return listPublicAssets.listPublicAssets().stream().map(asset -> assetMapper.toJson(asset, types)).toList();
    }

    @Get("/types")
    public List<AssetTypeJson> listTypes() {
        return listTypes.listAssetTypes().stream().map(assetMapper::toJson).toList();
    }

    @Post("/types")
    public HttpResponse<AssetTypeJson> createType(@Body String body, Authentication authentication) {
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(Set.of("name", "description"), Set.of("id"));
        Optional<String> name = request.required("name", request::string);
        Optional<String> description = request.string("description");
        request.done();
        return HttpResponse.created(assetMapper.toJson(registerType.registerAssetType(actorOf(authentication),
                name.orElseThrow(), description)));
    }

    @Post("/default_asset_view")
    public Map<String, Object> defaultAssetView(@Body String body, Authentication authentication) {
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(Set.of("default_asset_view", "use_as_default"), Set.of());
        Optional<String> view = request.string("default_asset_view");
        boolean useAsDefault = request.bool("use_as_default").orElse(true);
        if (useAsDefault && view.isEmpty()) {
            request.error("default_asset_view", "Missing data for required field.");
        }
        request.done();
        Optional<String> stored = setDefaultView.setDefaultAssetView(actorOf(authentication),
                useAsDefault ? view.map(String::strip) : Optional.empty());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", stored.isPresent() ? "Default asset view successfully updated." : "Default asset view cleared.");
        answer.put("default_asset_view", stored.orElse(null));
        answer.put("use_as_default", stored.isPresent());
        return answer;
    }

    @Post
    public HttpResponse<AssetDetailJson> create(@Body String body, Authentication authentication) {
        Actor actor = actorOf(authentication);
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(CREATABLE, Set.of("id"));
        Optional<String> name = request.required("name", request::string);
        Optional<AssetTypeId> type = request.convert("generic_asset_type_id",
                request.required("generic_asset_type_id", request::integer), AssetTypeId::of);
        Optional<AccountId> account = request.convert("account_id", request.nullableInteger("account_id"),
                        id -> id.map(AccountId::of))
                .orElse(Optional.of(actor.accountId()));
        Optional<AssetId> parent = request.convert("parent_asset_id", request.nullableInteger("parent_asset_id"),
                id -> id.map(AssetId::of)).orElse(Optional.empty());
        // FlexMeasures checks the permission before its schema reads the body: a refused actor hears 403, not 422
        registerAsset.requireMayRegister(actor, account, parent);
        Optional<Double> latitude = request.nullableNumber("latitude").orElse(Optional.empty());
        Optional<Double> longitude = request.nullableNumber("longitude").orElse(Optional.empty());
        // each checked alone, so that a bad latitude and a bad longitude are both reported
        request.build(() -> new Coordinates(latitude, Optional.empty()));
        request.build(() -> new Coordinates(Optional.empty(), longitude));
        Attributes attributes = attributes(request, "attributes").orElse(Attributes.NONE);
        Attributes flexContext = attributes(request, "flex_context").orElse(Attributes.NONE);
        Attributes flexModel = attributes(request, "flex_model").orElse(Attributes.NONE);
        request.done();
        Asset created = registerAsset.registerAsset(actor, new NewAsset(name.orElseThrow(), type.orElseThrow(), account, parent,
                new Coordinates(latitude, longitude), attributes, flexContext, flexModel));
        return HttpResponse.created(detail(actor, created.id()));
    }

    @Get("/{id}")
    public AssetDetailJson get(@PathVariable String id, Authentication authentication) {
        return detail(actorOf(authentication), assetId(id));
    }

    @Patch("/{id}")
    public AssetDetailJson patch(@PathVariable String id, @Body String body, Authentication authentication) {
        Actor actor = actorOf(authentication);
        AssetId assetId = assetId(id);
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(PATCHABLE, NOT_PATCHABLE);
        Optional<String> name = request.string("name");
        Optional<AssetTypeId> type = request.convert("generic_asset_type_id", request.integer("generic_asset_type_id"),
                AssetTypeId::of);
        Optional<Optional<AssetId>> parent = request.convert("parent_asset_id", request.nullableInteger("parent_asset_id"),
                p -> p.map(AssetId::of));
        Optional<Optional<Double>> latitude = request.nullableNumber("latitude");
        Optional<Optional<Double>> longitude = request.nullableNumber("longitude");
        Optional<Attributes> attributes = attributes(request, "attributes");
        Optional<Attributes> flexContext = attributes(request, "flex_context");
        Optional<Attributes> flexModel = attributes(request, "flex_model");
        request.done();
        updateAsset.updateAsset(actor, assetId,
                new AssetChanges(name, type, parent, latitude, longitude, attributes, flexContext, flexModel));
        return detail(actor, assetId);
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(@PathVariable String id, Authentication authentication) {
        deleteAsset.deleteAsset(actorOf(authentication), assetId(id));
        return HttpResponse.noContent();
    }

    @Get("/{id}/sensors")
    public Object sensors(@PathVariable String id, HttpRequest<?> request, Authentication authentication) {
        AssetId assetId = assetId(id);
        QueryParameters query = new QueryParameters(request.getParameters());
        SearchTerms search = SearchTerms.parse(query.text("filter").orElse(null));
        SensorSortField sortBy = query.choice("sort_by", SENSOR_SORT, SensorSortField.ID);
        boolean sorted = query.text("sort_by").isPresent() && query.text("sort_dir").isPresent();
        SortDirection direction = query.sortDirection(SortDirection.ASC);
        // FlexMeasures always answers this listing paginated (page 1 of 10 by default), resolutions humanised
        Optional<PageRequest> page = Optional.of(query.page().orElseGet(() -> new PageRequest(1, PageRequest.DEFAULT_PER_PAGE)));
        query.done();
        // and orders it only when both sort_by and sort_dir are given
        ListAssetSensorsCommand command = sorted
                ? new ListAssetSensorsCommand(assetId, search, sortBy, direction, page)
                : new ListAssetSensorsCommand(assetId, search, SensorSortField.ID, SortDirection.ASC, page);
        return FlexMeasuresListing.of(listAssetSensors.listAssetSensors(actorOf(authentication), command)
                .map(sensor -> assetMapper.toListedJson(sensor, NaturalDelta.of(sensor.eventResolution()))), page);
    }

    @Get("/{id}/auditlog")
    public Object auditLog(@PathVariable String id, HttpRequest<?> request, Authentication authentication) {
        AssetId assetId = assetId(id);
        QueryParameters query = new QueryParameters(request.getParameters());
        AuditLogQuery auditQuery = new AuditLogQuery(AuditedEntity.asset(assetId.value()),
                SearchTerms.parse(query.text("filter").orElse(null)),
                query.choice("sort_by", UserController.AUDIT_SORT, AuditLogQuery.SortField.EVENT_DATETIME),
                query.sortDirection(SortDirection.DESC));
        Optional<PageRequest> page = query.page();
        query.done();
        return FlexMeasuresListing.of(listAuditLog.listAssetAuditLog(actorOf(authentication), assetId, auditQuery, page)
                .map(mapper::toJson), page);
    }

    private AssetDetailJson detail(Actor actor, AssetId id) {
        return assetMapper.toJson(getAsset.getAsset(actor, id), types());
    }

    private Map<AssetTypeId, AssetType> types() {
        return listTypes.listAssetTypes().stream().collect(Collectors.toMap(AssetType::id, Function.identity()));
    }

    private Optional<Attributes> attributes(JsonRequest request, String field) {
        return request.convert(field, request.jsonObject(field, json), Attributes::of);
    }

    static Optional<Long> positive(QueryParameters query, String name, long id) {
        if (id < 1) {
            query.error(name, "Must be a positive number.");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    static AssetId assetId(String raw) {
        return AssetId.of(PathIds.of(raw, "Asset"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
