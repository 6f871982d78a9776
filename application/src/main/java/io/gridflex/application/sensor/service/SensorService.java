package io.gridflex.application.sensor.service;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.service.AssetAccess;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.audit.service.AuditTrail;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.sensor.port.in.DeleteSensorUseCase;
import io.gridflex.application.sensor.port.in.FindSensorsByNameUseCase;
import io.gridflex.application.sensor.port.in.SensorOnAsset;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.sensor.port.in.GetSensorUseCase;
import io.gridflex.application.sensor.port.in.ListAssetSensorsCommand;
import io.gridflex.application.sensor.port.in.ListAssetSensorsUseCase;
import io.gridflex.application.sensor.port.in.ListSensorsCommand;
import io.gridflex.application.sensor.port.in.ListSensorsUseCase;
import io.gridflex.application.sensor.port.in.RegisterSensorUseCase;
import io.gridflex.application.sensor.port.in.UpdateSensorUseCase;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.sensor.port.out.SaveSensorPort;
import io.gridflex.application.sensor.port.out.SensorQuery;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.AccessPolicy;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetPolicy;
import io.gridflex.domain.audit.AuditedEntity;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorChanges;
import io.gridflex.domain.sensor.SensorId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class SensorService implements FindSensorsByNameUseCase, ListSensorsUseCase, ListAssetSensorsUseCase, GetSensorUseCase,
        RegisterSensorUseCase, UpdateSensorUseCase, DeleteSensorUseCase {

    private final LoadSensorsPort sensors;
    private final SaveSensorPort saveSensor;
    private final LoadAccountsPort accounts;
    private final LoadAssetsPort assets;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final AssetAccess access;

    public SensorService(LoadSensorsPort sensors, SaveSensorPort saveSensor, LoadAssetsPort assets, LoadAccountsPort accounts,
                         LoadUsersPort users, RecordAuditEventPort audit, TransactionPort transactions, Clock clock) {
        this.sensors = sensors;
        this.saveSensor = saveSensor;
        this.accounts = accounts;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, users, clock);
        this.assets = assets;
        this.access = new AssetAccess(assets, accounts);
    }

    @Override
    public Page<Sensor> listSensors(Actor actor, ListSensorsCommand command) {
        if (command.asset().isPresent()) {
            Asset asset = access.readable(actor, command.asset().get());
            boolean accountFitsAsset = command.account().map(a -> asset.accountId().equals(Optional.of(a))).orElse(true);
            if (!accountFitsAsset) {
                throw new InvalidValueException("asset", "Give either an account or an asset, unless the asset belongs to that account.");
            }
            return sensors.listSensors(new SensorQuery(Optional.empty(), command.includePublicAssets(), command.asset(), true,
                    command.unit(), command.search()), command.page());
        }
        AccountId accountId = command.account().orElse(actor.accountId());
        Account account = accounts.findAccount(accountId)
                .orElseThrow(() -> new InvalidValueException("account_id", "Account " + accountId + " does not exist."));
        AccessPolicy.mayRead(actor, account).orElseThrow(ForbiddenException::new);
        Set<AccountId> scope = new HashSet<>(Set.of(accountId));
        if (command.includeConsultancyClients()) {
            if (!actor.has(Role.CONSULTANT)) {
                throw new InvalidValueException("include_consultancy_clients", "Only consultants have consultancy clients.");
            }
            accounts.listClientsOf(actor.accountId()).forEach(client -> scope.add(client.id()));
        }
        return sensors.listSensors(new SensorQuery(Optional.of(scope), command.includePublicAssets(), Optional.empty(), false,
                command.unit(), command.search()), command.page());
    }

    @Override
    public Page<Sensor> listAssetSensors(Actor actor, ListAssetSensorsCommand command) {
        access.readable(actor, command.asset());
        return sensors.listSensors(SensorQuery.onAsset(command.asset()).searchingSensorNames(command.search())
                .sortedBy(command.sortBy(), command.direction()), command.page());
    }

    @Override
    public List<SensorOnAsset> findSensorsByName(Actor actor, String name) {
        String wanted = comparable(Require.text("name", name, Sensor.MAX_NAME_LENGTH));
        // the store narrows by the name's words; the exact comparison and the permission are decided here
        Optional<Set<AccountId>> scope = Optional.empty();
        if (!actor.readsEverything()) {
            Set<AccountId> own = new HashSet<>(Set.of(actor.accountId()));
            if (actor.has(Role.CONSULTANT)) {
                accounts.listClientsOf(actor.accountId()).forEach(client -> own.add(client.id()));
            }
            scope = Optional.of(own);
        }
        SearchTerms words = new SearchTerms(Arrays.asList(wanted.split(" ")));
        List<SensorOnAsset> found = new ArrayList<>();
        Map<AssetId, Optional<Asset>> readableAssets = new HashMap<>();
        for (Sensor sensor : sensors.listSensors(new SensorQuery(scope, true, Optional.empty(), false, Optional.empty(), words),
                Optional.empty()).items()) {
            if (!comparable(sensor.name()).equals(wanted)) {
                continue;
            }
            readableAssets.computeIfAbsent(sensor.assetId(), id -> assets.findAsset(id)
                            .filter(asset -> AssetPolicy.mayRead(actor, asset, access.accountOf(asset)).allowed()))
                    .ifPresent(asset -> found.add(new SensorOnAsset(sensor, asset)));
        }
        return found;
    }

    private static String comparable(String name) {
        return String.join(" ", name.toLowerCase(Locale.ROOT).replace('_', ' ').strip().split("\\s+"));
    }

    @Override
    public Sensor getSensor(Actor actor, SensorId id) {
        Sensor sensor = existing(id);
        access.readable(actor, sensor.assetId());
        return sensor;
    }

    @Override
    public SensorOnAsset getSensorOnAsset(Actor actor, SensorId id) {
        Sensor sensor = existing(id);
        return new SensorOnAsset(sensor, access.readable(actor, sensor.assetId()));
    }

    @Override
    public Sensor registerSensor(Actor actor, NewSensor draft) {
        return transactions.inTransaction(() -> {
            Asset asset = access.readable(actor, draft.assetId());
            AssetPolicy.mayCreateIn(actor, access.accountOf(asset)).orElseThrow(ForbiddenException::new);
            requireFreeName(draft.assetId(), draft.name(), Optional.empty());
            Sensor created = saveSensor.createSensor(draft);
            audit.record(actor, "Created sensor '" + created.name() + "': " + created.id() + " on asset '" + asset.name() + "'",
                    AuditedEntity.asset(asset.id().value()));
            return created;
        });
    }

    @Override
    public Sensor updateSensor(Actor actor, SensorId id, SensorChanges changes) {
        return transactions.inTransaction(() -> {
            Sensor sensor = existing(id);
            Asset asset = access.readable(actor, sensor.assetId());
            AssetPolicy.mayUpdateSensorsOf(actor, asset, access.accountOf(asset)).orElseThrow(ForbiddenException::new);
            changes.name().ifPresent(name -> requireFreeName(sensor.assetId(), name, Optional.of(id)));
            Sensor updated = sensor.changedBy(changes);
            if (updated.equals(sensor)) {
                return sensor;
            }
            Sensor saved = saveSensor.updateSensor(updated);
            audit.record(actor, "Updated sensor '" + saved.name() + "': " + saved.id(), AuditedEntity.asset(saved.assetId().value()));
            return saved;
        });
    }

    @Override
    public void deleteSensor(Actor actor, SensorId id) {
        transactions.inTransaction(() -> {
            Sensor sensor = existing(id);
            access.deletable(actor, sensor.assetId());
            saveSensor.deleteSensor(id);
            audit.record(actor, "Deleted sensor '" + sensor.name() + "': " + id + ", with its data",
                    AuditedEntity.asset(sensor.assetId().value()));
        });
    }

    private Sensor existing(SensorId id) {
        return sensors.findSensor(id).orElseThrow(() -> NotFoundException.of(NotFoundException.Subject.SENSOR, id.value(), "Sensor " + id + " not found."));
    }

    private void requireFreeName(AssetId asset, String name, Optional<SensorId> self) {
        sensors.findSensorByName(asset, name).filter(other -> self.map(s -> !s.equals(other.id())).orElse(true))
                .ifPresent(other -> {
                    throw new InvalidValueException("name", "A sensor named '" + name + "' already exists on asset " + asset + ".");
                });
    }
}
