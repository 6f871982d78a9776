package io.gridflex.application.asset.service;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.UserPreferencesPort;
import io.gridflex.application.asset.port.in.AssetDetails;
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
import io.gridflex.application.asset.port.out.LoadAssetTypesPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.application.asset.port.out.SaveAssetPort;
import io.gridflex.application.asset.port.out.SaveAssetTypePort;
import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.audit.service.AuditTrail;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.AccessPolicy;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.Verdict;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetChanges;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetLineage;
import io.gridflex.domain.asset.AssetPlacement;
import io.gridflex.domain.asset.AssetPolicy;
import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.AssetTypeId;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.asset.SensorsToShow;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import io.gridflex.domain.failure.InvalidValueException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class AssetService implements ListAssetsUseCase, ListPublicAssetsUseCase, GetAssetUseCase, RegisterAssetUseCase,
        UpdateAssetUseCase, DeleteAssetUseCase, ListAssetAuditLogUseCase, ListAssetTypesUseCase, RegisterAssetTypeUseCase,
        SetDefaultAssetViewUseCase {

    private final LoadAssetsPort assets;
    private final SaveAssetPort saveAsset;
    private final LoadAssetTypesPort types;
    private final SaveAssetTypePort saveType;
    private final LoadAccountsPort accounts;
    private final LoadSensorsPort sensors;
    private final LoadAuditLogPort auditLog;
    private final UserPreferencesPort preferences;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final AssetAccess access;

    public AssetService(LoadAssetsPort assets, SaveAssetPort saveAsset, LoadAssetTypesPort types, SaveAssetTypePort saveType,
                        LoadAccountsPort accounts, LoadUsersPort users, LoadSensorsPort sensors, RecordAuditEventPort audit,
                        LoadAuditLogPort auditLog, UserPreferencesPort preferences, TransactionPort transactions, Clock clock) {
        this.assets = assets;
        this.saveAsset = saveAsset;
        this.types = types;
        this.saveType = saveType;
        this.accounts = accounts;
        this.sensors = sensors;
        this.auditLog = auditLog;
        this.preferences = preferences;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, users, clock);
        this.access = new AssetAccess(assets, accounts);
    }

    @Override
    public Page<Asset> listAssets(Actor actor, ListAssetsCommand command) {
        Optional<Set<AccountId>> scope;
        boolean includePublic = command.includePublic();
        if (command.allAccessible()) {
            scope = actor.readsEverything() ? Optional.empty() : Optional.of(readableAccounts(actor));
            includePublic = true;
        } else {
            AccountId accountId = command.account().orElse(actor.accountId());
            Account account = accounts.findAccount(accountId)
                    .orElseThrow(() -> new InvalidValueException("account_id", "Account " + accountId + " does not exist."));
            AccessPolicy.mayRead(actor, account).orElseThrow(ForbiddenException::new);
            scope = Optional.of(Set.of(accountId));
        }
        return assets.listAssets(new AssetQuery(scope, includePublic, command.search(), command.sortBy(), command.direction()),
                command.page());
    }

    /** The actor's own account and, for a consultant, the accounts it consults for. */
    Set<AccountId> readableAccounts(Actor actor) {
        Set<AccountId> readable = new HashSet<>();
        readable.add(actor.accountId());
        if (actor.has(Role.CONSULTANT)) {
            accounts.listClientsOf(actor.accountId()).forEach(client -> readable.add(client.id()));
        }
        return readable;
    }

    @Override
    public List<Asset> listPublicAssets() {
        return assets.listAssets(AssetQuery.publicOnly(), Optional.empty()).items();
    }

    @Override
    public AssetDetails getAsset(Actor actor, AssetId id) {
        Asset asset = access.readable(actor, id);
        AssetLineage lineage = assets.findLineage(id).orElseThrow();
        return new AssetDetails(lineage, access.accountOf(asset), assets.listChildren(id), sensors.listSensorsOf(id));
    }

    @Override
    public void requireMayRegister(Actor actor, Optional<AccountId> accountId, Optional<AssetId> parentId) {
        // what the body names may not exist, or not be the actor's to name: then the registration reports it by field
        if (!AssetPolicy.mayAssignTo(actor, accountId).allowed()) {
            return;
        }
        Optional<Optional<Account>> account = accountId.isEmpty() ? Optional.of(Optional.empty())
                : accounts.findAccount(accountId.get()).map(Optional::of);
        Optional<Asset> parent = parentId.flatMap(assets::findAsset);
        if (account.isPresent() && (parentId.isEmpty() || parent.isPresent())) {
            requireMayCreate(actor, account.get(), parent);
        }
    }

    /** FlexMeasures checks create-children before it reads the body: under a parent on its account, else on the account. */
    private void requireMayCreate(Actor actor, Optional<Account> account, Optional<Asset> parent) {
        if (parent.isPresent()) {
            AssetPolicy.mayCreateIn(actor, access.accountOf(parent.get())).orElseThrow(ForbiddenException::new);
        } else {
            AssetPolicy.mayCreateTopLevelIn(actor, account).orElseThrow(ForbiddenException::new);
        }
    }

    @Override
    public Asset registerAsset(Actor actor, NewAsset draft) {
        return transactions.inTransaction(() -> {
            Optional<Account> account = draft.accountId().map(id -> accounts.findAccount(id)
                    .orElseThrow(() -> new InvalidValueException("account_id", "Account " + id + " does not exist.")));
            AssetPolicy.mayAssignTo(actor, draft.accountId()).orElseThrow(reason -> new InvalidValueException("account_id", reason));
            Optional<Asset> parent = draft.parentId().map(id -> assets.findAsset(id).orElseThrow(() -> new InvalidValueException(
                    "parent_asset_id", "Parent GenericAsset with id " + id + " doesn't exist.")));
            requireMayCreate(actor, account, parent);
            requireType(draft.typeId());
            draft.parentId().ifPresent(p -> requirePlacement(actor, Optional.empty(), draft.accountId(), p));
            requireFreeName(draft.parentId(), draft.accountId(), draft.name(), Optional.empty());
            requireShownSensors(draft.attributes());
            Asset created = saveAsset.createAsset(draft);
            audit.record(actor, "Created asset '" + created.name() + "': " + created.id(), AuditedEntity.asset(created.id().value()));
            return created;
        });
    }

    @Override
    public Asset updateAsset(Actor actor, AssetId id, AssetChanges changes) {
        return transactions.inTransaction(() -> {
            Asset asset = access.readable(actor, id);
            AssetPolicy.mayUpdate(actor, asset, access.accountOf(asset)).orElseThrow(ForbiddenException::new);
            Asset updated = asset.changedBy(changes);
            changes.typeId().ifPresent(this::requireType);
            if (!updated.parentId().equals(asset.parentId())) {
                updated.parentId().ifPresent(parent -> requirePlacement(actor, Optional.of(id), asset.accountId(), parent));
            }
            if (changes.movesOrRenames()) {
                requireFreeName(updated.parentId(), updated.accountId(), updated.name(), Optional.of(id));
            }
            changes.attributes().ifPresent(this::requireShownSensors);
            if (updated.equals(asset)) {
                return asset;
            }
            Asset saved = saveAsset.updateAsset(updated);
            AssetAuditEvents.of(asset, saved).forEach(event -> audit.record(actor, event, AuditedEntity.asset(id.value())));
            return saved;
        });
    }

    @Override
    public void deleteAsset(Actor actor, AssetId id) {
        transactions.inTransaction(() -> {
            Asset asset = access.deletable(actor, id);
            saveAsset.deleteAsset(id);
            audit.record(actor, "Deleted asset '" + asset.name() + "': " + id + ", with its sub-assets, sensors and data",
                    AuditedEntity.asset(id.value()));
        });
    }

    @Override
    public Page<AuditEvent> listAssetAuditLog(Actor actor, AssetId id, AuditLogQuery query, Optional<PageRequest> page) {
        access.readable(actor, id);
        return auditLog.load(new AuditLogQuery(AuditedEntity.asset(id.value()), query.search(), query.sortBy(), query.direction()),
                page);
    }

    @Override
    public List<AssetType> listAssetTypes() {
        return types.listAssetTypes();
    }

    @Override
    public AssetType registerAssetType(Actor actor, String name, Optional<String> description) {
        Verdict.when(actor.isAdmin(), "Only admins can add asset types.").orElseThrow(ForbiddenException::new);
        return saveType.createAssetType(name, description);
    }

    @Override
    public Optional<String> setDefaultAssetView(Actor actor, Optional<String> view) {
        preferences.putPreference(actor.userId(), PREFERENCE, view);
        return view;
    }

    /** FlexMeasures' GenericAssetSchema.validate_attributes: the graphs' sensors are well-formed and exist. */
    private void requireShownSensors(Attributes attributes) {
        SensorsToShow.in(attributes, "attributes").ifPresent(shown -> {
            Set<SensorId> existing = sensors.existingSensors(shown.sensorIds().stream().filter(id -> id > 0).map(SensorId::of).toList());
            for (long id : shown.sensorIds()) {
                if (id <= 0 || !existing.contains(SensorId.of(id))) {
                    throw new InvalidValueException("attributes", "No sensor found with ID " + id + ".");
                }
            }
        });
    }

    private void requireType(AssetTypeId typeId) {
        if (types.findAssetType(typeId).isEmpty()) {
            throw new InvalidValueException("generic_asset_type_id", "GenericAssetType with id " + typeId + " doesn't exist.");
        }
    }

    private void requirePlacement(Actor actor, Optional<AssetId> self, Optional<AccountId> account, AssetId parentId) {
        AssetLineage parent = assets.findLineage(parentId).orElseThrow(() ->
                new InvalidValueException("parent_asset_id", "Parent GenericAsset with id " + parentId + " doesn't exist."));
        AssetPolicy.mayRead(actor, parent.asset(), access.accountOf(parent.asset()))
                .orElseThrow(reason -> new InvalidValueException("parent_asset_id", reason));
        AssetPlacement.mayPlace(self, account, parent)
                .orElseThrow(reason -> new InvalidValueException("parent_asset_id", reason));
    }

    private void requireFreeName(Optional<AssetId> parent, Optional<AccountId> account, String name, Optional<AssetId> self) {
        assets.findByNameAt(parent, account, name).filter(other -> self.map(s -> !s.equals(other.id())).orElse(true))
                .ifPresent(other -> {
                    throw new InvalidValueException("name", parent
                            .map(p -> "An asset with the name '" + name + "' already exists under parent asset " + p + ".")
                            .orElse("An asset with the name '" + name + "' already exists at the top level of this account."));
                });
    }
}
