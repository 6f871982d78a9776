package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.application.asset.port.in.AssetDetails;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.sensor.EntityAddress;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Assets, asset types and sensors to the FlexMeasures API's JSON. */
@Mapper(implementationName = "<CLASS_NAME>ByMapStruct")
public abstract class AssetMapper {

    @Inject
    protected JsonMapper json;

    @Inject
    protected EntityAddress.NamingAuthority namingAuthority;

    /** An asset as listed; {@code types} resolves its type's name. */
    @Mapping(target = "accountId", source = "asset.accountId")
    @Mapping(target = "latitude", expression = "java(asset.coordinates().latitude().orElse(null))")
    @Mapping(target = "longitude", expression = "java(asset.coordinates().longitude().orElse(null))")
    @Mapping(target = "genericAssetTypeId", source = "asset.typeId")
    @Mapping(target = "genericAssetType", expression = "java(typeRef(asset.typeId(), types))")
    @Mapping(target = "parentAssetId", source = "asset.parentId")
    public abstract AssetJson toJson(Asset asset, @Context Map<AssetTypeId, AssetType> types);

    /** One asset with everything around it. */
    public AssetDetailJson toJson(AssetDetails details, Map<AssetTypeId, AssetType> types) {
        AssetJson plain = toJson(details.asset(), types);
        return new AssetDetailJson(plain.id(), plain.name(), plain.accountId(), details.owner().map(this::ref).orElse(null),
                plain.latitude(), plain.longitude(), plain.genericAssetTypeId(), plain.genericAssetType(),
                plain.parentAssetId(), plain.attributes(), plain.flexContext(), plain.flexModel(),
                details.children().stream().map(c -> new AssetJson.ChildRef(c.id().value(), c.name(),
                        c.accountId().map(AccountId::value).orElse(null), typeRef(c.typeId(), types))).toList(),
                details.sensors().stream().map(s -> new AssetJson.Ref(s.id().value(), s.name())).toList(),
                text(details.lineage().effectiveFlexContext()), text(details.lineage().effectiveFlexModel()));
    }

    public abstract AssetTypeJson toJson(AssetType type);

    @Mapping(target = "genericAssetId", source = "assetId")
    @Mapping(target = "entityAddress", expression = "java(sensor.entityAddress(namingAuthority).format())")
    @Mapping(target = "knowledgeHorizonFnc", expression = "java(sensor.knowledgeHorizon().function())")
    @Mapping(target = "knowledgeHorizonPar", expression = "java(sensor.knowledgeHorizon().parameters())")
    public abstract SensorJson toJson(Sensor sensor);

    /** A sensor in an asset's sensor listing: FlexMeasures shows its resolution humanised there ("15 minutes"). */
    SensorJson toListedJson(Sensor sensor, String humanisedResolution) {
        SensorJson json = toJson(sensor);
        return new SensorJson(json.id(), json.name(), json.unit(), json.entityAddress(), humanisedResolution,
                json.genericAssetId(), json.timezone(), json.attributes(), json.knowledgeHorizonFnc(), json.knowledgeHorizonPar());
    }

    AssetJson.TypeRef typeRef(AssetTypeId id, Map<AssetTypeId, AssetType> types) {
        return new AssetJson.TypeRef(id.value(), Optional.ofNullable(types.get(id)).map(AssetType::name).orElse(null));
    }

    private AssetJson.Ref ref(Account account) {
        return new AssetJson.Ref(account.id().value(), account.name());
    }

    long id(AssetId id) {
        return id.value();
    }

    long id(AssetTypeId id) {
        return id.value();
    }

    long id(SensorId id) {
        return id.value();
    }

    Long optionalAccount(Optional<AccountId> id) {
        return id.map(AccountId::value).orElse(null);
    }

    Long optionalAsset(Optional<AssetId> id) {
        return id.map(AssetId::value).orElse(null);
    }

    String optionalText(Optional<String> text) {
        return text.orElse(null);
    }

    String unit(SensorUnit unit) {
        return unit.symbol();
    }

    String duration(Duration duration) {
        return duration.toString();
    }

    String zone(ZoneId zone) {
        return zone.getId();
    }

    /** JSON fields are JSON strings in FlexMeasures' answers. */
    String text(Attributes attributes) {
        try {
            return json.writeValueAsString(attributes.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
