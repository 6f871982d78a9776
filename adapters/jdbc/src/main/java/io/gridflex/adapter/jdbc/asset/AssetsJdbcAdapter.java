package io.gridflex.adapter.jdbc.asset;

import static io.gridflex.adapter.jdbc.ConstraintViolations.translated;

import io.gridflex.adapter.jdbc.JsonColumns;
import io.gridflex.adapter.jdbc.PagedSelect;
import io.gridflex.adapter.jdbc.SqlSearch;
import io.gridflex.application.asset.query.AssetQuery;
import io.gridflex.application.asset.port.out.LoadAssetTypesPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.port.out.SaveAssetPort;
import io.gridflex.application.asset.port.out.SaveAssetTypePort;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetLineage;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
@Transactional // every port call is one transaction, or joins the caller's unit of work
public class AssetsJdbcAdapter implements LoadAssetsPort, SaveAssetPort, LoadAssetTypesPort, SaveAssetTypePort {

    /** Deep enough for any real asset tree; stops a corrupted one from looping. */
    private static final int MAX_DEPTH = 1000;

    private final AssetRows rows;
    private final AssetTypeRows typeRows;
    private final JdbcOperations jdbc;
    private final JsonColumns json;

    AssetsJdbcAdapter(AssetRows rows, AssetTypeRows typeRows, JdbcOperations jdbc, JsonColumns json) {
        this.rows = rows;
        this.typeRows = typeRows;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Asset> findAsset(AssetId id) {
        // plain JDBC: every request on an asset's data looks it up (see SensorsJdbcAdapter.findSensor)
        return jdbc.prepareStatement("SELECT id, name, generic_asset_type_id, account_id, parent_asset_id, latitude, longitude, "
                + "attributes, flex_context, flex_model FROM generic_asset WHERE id = ?", statement -> {
                    statement.setLong(1, id.value());
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(toAsset(new AssetRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getObject(6, Double.class),
                                rs.getObject(7, Double.class), rs.getString(8), rs.getString(9), rs.getString(10))))
                                : Optional.<Asset>empty();
                    }
                });
    }

    @Override
    public Optional<AssetLineage> findLineage(AssetId id) {
        List<Asset> line = jdbc.prepareStatement("""
                WITH RECURSIVE up (id, depth) AS (
                    SELECT id, 0 FROM generic_asset WHERE id = ?
                    UNION ALL
                    SELECT g.parent_asset_id, up.depth + 1 FROM generic_asset g JOIN up ON g.id = up.id
                    WHERE g.parent_asset_id IS NOT NULL AND up.depth < ?)
                SELECT g.* FROM up JOIN generic_asset g ON g.id = up.id ORDER BY up.depth""", statement -> {
            statement.setLong(1, id.value());
            statement.setInt(2, MAX_DEPTH);
            try (ResultSet rs = statement.executeQuery()) {
                return jdbc.entityStream(rs, AssetRow.class).map(this::toAsset).toList();
            }
        });
        if (line.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssetLineage(line.get(0), line.subList(1, line.size())));
    }

    @Override
    public List<Asset> listChildren(AssetId parent) {
        return rows.findByParentAssetIdOrderById(parent.value()).stream().map(this::toAsset).toList();
    }

    @Override
    public Optional<Asset> findByNameAt(Optional<AssetId> parent, Optional<AccountId> account, String name) {
        String where;
        List<Object> parameters = new ArrayList<>();
        parameters.add(name);
        if (parent.isPresent()) {
            where = "parent_asset_id = ?";
            parameters.add(parent.get().value());
        } else if (account.isPresent()) {
            where = "parent_asset_id IS NULL AND account_id = ?";
            parameters.add(account.get().value());
        } else {
            where = "parent_asset_id IS NULL AND account_id IS NULL";
        }
        return jdbc.prepareStatement("SELECT * FROM generic_asset WHERE name = ? AND " + where + " LIMIT 1", statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return jdbc.entityStream(rs, AssetRow.class).map(this::toAsset).findFirst();
            }
        });
    }

    @Override
    public Page<Asset> listAssets(AssetQuery query, Optional<PageRequest> page) {
        List<Object> parameters = new ArrayList<>();
        String accounts;
        if (query.accounts().isEmpty()) {
            accounts = "g.account_id IS NOT NULL";
        } else {
            accounts = "g.account_id = ANY(?)";
            parameters.add(query.accounts().get().stream().map(AccountId::value).toArray(Long[]::new));
        }
        String scope = "FROM generic_asset g LEFT JOIN account a ON a.id = g.account_id WHERE (" + accounts
                + (query.includePublic() ? " OR g.account_id IS NULL)" : ")");
        String direction = query.direction() == SortDirection.DESC ? "DESC" : "ASC";
        String orderColumn = switch (query.sortBy()) {
            case ID -> "g.id";
            case NAME -> "lower(g.name)"; // regardless of case, as FlexMeasures' listings on a linguistic collation
            case OWNER -> "lower(a.name)";
        };
        return new PagedSelect("g.*", scope, parameters)
                .fetch(jdbc, SqlSearch.of(query.search(), "g.name", "a.name"),
                        orderColumn + " " + direction + " NULLS FIRST, g.id " + direction, page, AssetRow.class)
                .map(this::toAsset);
    }

    @Override
    public Asset createAsset(NewAsset asset) {
        return toAsset(translated(() -> rows.save(toRow(asset.withId(AssetId.of(Long.MAX_VALUE)), null))));
    }

    @Override
    public Asset updateAsset(Asset asset) {
        if (!rows.existsById(asset.id().value())) {
            throw new NotFoundException("Asset " + asset.id() + " not found.");
        }
        AssetRow row = toRow(asset, asset.id().value());
        return toAsset(translated(() -> rows.update(row)));
    }

    @Override
    public void deleteAsset(AssetId id) {
        rows.deleteById(id.value()); // children, sensors and their data follow by ON DELETE CASCADE
    }

    @Override
    public List<AssetType> listAssetTypes() {
        return typeRows.listOrderById().stream().map(AssetsJdbcAdapter::toType).toList();
    }

    @Override
    public Optional<AssetType> findAssetType(AssetTypeId id) {
        return typeRows.findById(id.value()).map(AssetsJdbcAdapter::toType);
    }

    @Override
    public AssetType createAssetType(String name, Optional<String> description) {
        AssetType valid = new AssetType(AssetTypeId.of(Long.MAX_VALUE), name, description);
        return toType(translated(() -> typeRows.save(new AssetTypeRow(null, valid.name(), description.orElse(null)))));
    }

    /** @param id the row id: null for a row the database is to number */
    private AssetRow toRow(Asset asset, Long id) {
        return new AssetRow(id, asset.name(), asset.typeId().value(), asset.accountId().map(AccountId::value).orElse(null),
                asset.parentId().map(AssetId::value).orElse(null), asset.coordinates().latitude().orElse(null),
                asset.coordinates().longitude().orElse(null), json.write(asset.attributes()), json.write(asset.flexContext()),
                json.write(asset.flexModel()));
    }

    private Asset toAsset(AssetRow row) {
        return new Asset(AssetId.of(row.id()), row.name(), AssetTypeId.of(row.genericAssetTypeId()),
                Optional.ofNullable(row.accountId()).map(AccountId::of),
                Optional.ofNullable(row.parentAssetId()).map(AssetId::of),
                new Coordinates(Optional.ofNullable(row.latitude()), Optional.ofNullable(row.longitude())),
                json.read(row.attributes()), json.read(row.flexContext()), json.read(row.flexModel()));
    }

    private static AssetType toType(AssetTypeRow row) {
        return new AssetType(AssetTypeId.of(row.id()), row.name(), Optional.ofNullable(row.description()));
    }
}
