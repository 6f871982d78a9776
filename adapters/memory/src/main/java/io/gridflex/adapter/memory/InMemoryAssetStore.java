package io.gridflex.adapter.memory;

import io.gridflex.application.asset.query.AssetQuery;
import io.gridflex.application.asset.port.out.LoadAssetTypesPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.port.out.SaveAssetPort;
import io.gridflex.application.asset.port.out.SaveAssetTypePort;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.sensor.port.out.SaveSensorPort;
import io.gridflex.application.sensor.port.out.SensorQuery;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetLineage;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Asset types, assets and sensors in memory, under the lock shared with {@link InMemoryTransactions}. */
public final class InMemoryAssetStore extends LockedStore<InMemoryAssetStore.State> implements LoadAssetsPort, SaveAssetPort, LoadAssetTypesPort, SaveAssetTypePort,
        LoadSensorsPort, SaveSensorPort {

    /** The asset types every store starts with (the JDBC adapter seeds the same in its migration). */
    static final List<String> SEEDED_TYPES = List.of("battery", "solar", "wind", "building", "site", "charge point",
            "one-way_evse", "two-way_evse", "heat pump", "meter", "weather station", "market", "process");

    record State(TreeMap<Long, AssetType> types, TreeMap<Long, Asset> assets, TreeMap<Long, Sensor> sensors,
                         long[] nextIds) {
        State copy() {
            return new State(new TreeMap<>(types), new TreeMap<>(assets), new TreeMap<>(sensors), nextIds.clone());
        }
    }

    private final InMemoryAccountStore accounts;

    public InMemoryAssetStore(ReentrantLock sharedLock, InMemoryAccountStore accounts) {
        super(sharedLock, new State(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new long[] {1, 1, 1}));
        this.accounts = accounts;
        SEEDED_TYPES.forEach(name -> createAssetType(name, Optional.empty()));
    }

    private long nextId(int sequence) {
        return state.nextIds[sequence]++;
    }

    // --- asset types ---

    @Override
    public List<AssetType> listAssetTypes() {
        return locked(() -> List.copyOf(state.types.values()));
    }

    @Override
    public Optional<AssetType> findAssetType(AssetTypeId id) {
        return locked(() -> Optional.ofNullable(state.types.get(id.value())));
    }

    @Override
    public AssetType createAssetType(String name, Optional<String> description) {
        return locked(() -> {
            AssetType type = new AssetType(AssetTypeId.of(state.nextIds[0]), name, description);
            if (state.types.values().stream().anyMatch(t -> t.name().equals(type.name()))) {
                throw new ConflictException("name", "The asset type " + type.name() + " already exists.");
            }
            nextId(0);
            state.types.put(type.id().value(), type);
            return type;
        });
    }

    // --- assets ---

    @Override
    public Optional<Asset> findAsset(AssetId id) {
        return locked(() -> Optional.ofNullable(state.assets.get(id.value())));
    }

    @Override
    public Optional<AssetLineage> findLineage(AssetId id) {
        return locked(() -> {
            Asset asset = state.assets.get(id.value());
            if (asset == null) {
                return Optional.empty();
            }
            List<Asset> ancestors = new ArrayList<>();
            Optional<AssetId> parent = asset.parentId();
            while (parent.isPresent() && ancestors.size() < 1000) {
                Asset next = state.assets.get(parent.get().value());
                ancestors.add(next);
                parent = next.parentId();
            }
            return Optional.of(new AssetLineage(asset, ancestors));
        });
    }

    @Override
    public List<Asset> listChildren(AssetId parent) {
        return locked(() -> state.assets.values().stream().filter(a -> a.parentId().equals(Optional.of(parent))).toList());
    }

    @Override
    public Optional<Asset> findByNameAt(Optional<AssetId> parent, Optional<AccountId> account, String name) {
        return locked(() -> state.assets.values().stream().filter(sameName(parent, account, name)).findFirst());
    }

    private static Predicate<Asset> sameName(Optional<AssetId> parent, Optional<AccountId> account, String name) {
        return a -> a.name().equals(name) && a.parentId().equals(parent) && (parent.isPresent() || a.accountId().equals(account));
    }

    @Override
    public Page<Asset> listAssets(AssetQuery query, Optional<PageRequest> page) {
        return locked(() -> {
            List<Asset> inScope = state.assets.values().stream()
                    .filter(a -> a.accountId().map(acc -> query.accounts().map(set -> set.contains(acc)).orElse(true))
                            .orElse(query.includePublic()))
                    .toList();
            Comparator<Asset> order = switch (query.sortBy()) {
                case ID -> Comparator.comparingLong(a -> a.id().value());
                case NAME -> Comparator.comparing(Asset::name, String.CASE_INSENSITIVE_ORDER);
                case OWNER -> Comparator.comparing(a -> ownerName(a).orElse(""), String.CASE_INSENSITIVE_ORDER);
            };
            order = order.thenComparingLong(a -> a.id().value());
            return paged(inScope, a -> query.search().matches(a.name(), ownerName(a).orElse(null)),
                    query.direction() == SortDirection.DESC ? order.reversed() : order, page);
        });
    }

    private Optional<String> ownerName(Asset asset) {
        return asset.accountId().flatMap(accounts::findAccount).map(a -> a.name());
    }

    private static <T> Page<T> paged(List<T> inScope, Predicate<T> search, Comparator<T> order, Optional<PageRequest> page) {
        List<T> filtered = inScope.stream().filter(search).sorted(order).toList();
        List<T> items = page.map(p -> filtered.stream().skip(p.offset()).limit(p.perPage()).toList()).orElse(filtered);
        return new Page<>(items, inScope.size(), filtered.size());
    }

    @Override
    public Asset createAsset(NewAsset draft) {
        return locked(() -> {
            Asset asset = draft.withId(AssetId.of(state.nextIds[1]));
            requireFreeName(asset);
            nextId(1);
            state.assets.put(asset.id().value(), asset);
            return asset;
        });
    }

    @Override
    public Asset updateAsset(Asset asset) {
        return locked(() -> {
            if (!state.assets.containsKey(asset.id().value())) {
                throw new NotFoundException("Asset " + asset.id() + " not found.");
            }
            requireFreeName(asset);
            state.assets.put(asset.id().value(), asset);
            return asset;
        });
    }

    private void requireFreeName(Asset asset) {
        boolean taken = state.assets.values().stream()
                .anyMatch(other -> !other.id().equals(asset.id()) && sameName(asset.parentId(), asset.accountId(), asset.name()).test(other));
        if (taken) {
            throw new ConflictException("name", "An asset named " + asset.name() + " already exists at that place.");
        }
    }

    @Override
    public void deleteAsset(AssetId id) {
        locked(() -> {
            Set<AssetId> doomed = new HashSet<>(Set.of(id));
            int before;
            do {
                before = doomed.size();
                for (Asset asset : state.assets.values()) {
                    if (asset.parentId().map(doomed::contains).orElse(false)) {
                        doomed.add(asset.id());
                    }
                }
            } while (doomed.size() > before);
            doomed.forEach(a -> state.assets.remove(a.value()));
            state.sensors.values().removeIf(s -> doomed.contains(s.assetId()));
            return null;
        });
    }

    // --- sensors ---

    @Override
    public Optional<Sensor> findSensor(SensorId id) {
        return locked(() -> Optional.ofNullable(state.sensors.get(id.value())));
    }

    @Override
    public Optional<Sensor> findSensorByName(AssetId asset, String name) {
        return locked(() -> state.sensors.values().stream()
                .filter(s -> s.assetId().equals(asset) && s.name().equals(name.strip())).findFirst());
    }

    @Override
    public List<Sensor> listSensorsOf(AssetId asset) {
        return locked(() -> state.sensors.values().stream().filter(s -> s.assetId().equals(asset)).toList());
    }

    @Override
    public Page<Sensor> listSensors(SensorQuery query, Optional<PageRequest> page) {
        return locked(() -> {
            Set<AssetId> under = query.underAsset().map(root -> {
                Set<AssetId> ids = new HashSet<>(Set.of(root));
                if (query.withDescendants()) {
                    for (Asset asset : state.assets.values()) {
                        if (findLineage(asset.id()).orElseThrow().contains(root)) {
                            ids.add(asset.id());
                        }
                    }
                }
                return ids;
            }).orElse(null);
            List<Sensor> inScope = state.sensors.values().stream()
                    .filter(s -> {
                        Optional<AccountId> account = state.assets.get(s.assetId().value()).accountId();
                        boolean inAccounts = account.map(a -> query.accounts().map(set -> set.contains(a)).orElse(true))
                                .orElse(under != null && query.accounts().isEmpty());
                        boolean inScopeProper = (under == null || under.contains(s.assetId())) && inAccounts;
                        return inScopeProper || query.includePublic() && account.isEmpty();
                    })
                    .filter(s -> query.unit().map(u -> s.unit().symbol().equals(u)).orElse(true))
                    .toList();
            Comparator<Sensor> order = switch (query.sortBy()) {
                case ID -> Comparator.comparingLong(s -> s.id().value());
                case NAME -> Comparator.comparing(Sensor::name, String.CASE_INSENSITIVE_ORDER);
                case RESOLUTION -> Comparator.comparing(Sensor::eventResolution);
            };
            order = order.thenComparingLong(s -> s.id().value());
            return paged(inScope,
                    s -> query.searchAccountNames()
                            ? query.search().matches(s.name(), ownerName(state.assets.get(s.assetId().value())).orElse(null))
                            : query.search().matches(s.name()),
                    query.direction() == SortDirection.DESC ? order.reversed() : order, page);
        });
    }

    @Override
    public Sensor createSensor(NewSensor draft) {
        return locked(() -> {
            if (!state.assets.containsKey(draft.assetId().value())) {
                throw new NotFoundException("Asset " + draft.assetId() + " not found.");
            }
            Sensor sensor = draft.withId(SensorId.of(state.nextIds[2]));
            requireFreeName(sensor);
            nextId(2);
            state.sensors.put(sensor.id().value(), sensor);
            return sensor;
        });
    }

    @Override
    public Sensor updateSensor(Sensor sensor) {
        return locked(() -> {
            if (!state.sensors.containsKey(sensor.id().value())) {
                throw new NotFoundException("Sensor " + sensor.id() + " not found.");
            }
            requireFreeName(sensor);
            state.sensors.put(sensor.id().value(), sensor);
            return sensor;
        });
    }

    private void requireFreeName(Sensor sensor) {
        boolean taken = state.sensors.values().stream().anyMatch(other -> !other.id().equals(sensor.id())
                && other.assetId().equals(sensor.assetId()) && other.name().equals(sensor.name()));
        if (taken) {
            throw new ConflictException("name", "A sensor named " + sensor.name() + " already exists on asset " + sensor.assetId() + ".");
        }
    }

    @Override
    public void deleteSensor(SensorId id) {
        locked(() -> state.sensors.remove(id.value()));
    }

    @Override
    protected State copy(State state) {
        return state.copy();
    }
}
