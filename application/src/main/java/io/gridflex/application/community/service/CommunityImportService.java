package io.gridflex.application.community.service;

import io.gridflex.application.community.port.in.ExportCommunitiesUseCase;
import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.application.community.port.in.ImportCommunityUseCase;
import io.gridflex.application.community.port.in.ImportReport;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.application.community.port.out.CommunityCounts;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.port.out.ReplaceCommunityPort;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.failure.RefusedException;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.failure.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports and exports whole communities. An import is judged completely before anything is
 * written (what reading the document refused, then sensors held in other communities); the replacement
 * is one transaction, and the force check happens inside it, so two imports of one key cannot both
 * believe the community new.
 */
public class CommunityImportService implements ImportCommunityUseCase, ExportCommunitiesUseCase {

    private final LoadCommunitiesPort load;
    private final ReplaceCommunityPort replace;
    private final LoadSensorsPort sensors;
    private final TransactionPort transactions;

    public CommunityImportService(LoadCommunitiesPort load, ReplaceCommunityPort replace, LoadSensorsPort sensors,
                                  TransactionPort transactions) {
        this.load = load;
        this.replace = replace;
        this.sensors = sensors;
        this.transactions = transactions;
    }

    @Override
    public ImportReport importCommunity(Actor actor, ImportCommunityCommand command) {
        RegistryAccess.requireAdmin(actor);
        Optional<CommunityRegister> read = command.community();
        List<Refusal> refusals = new ArrayList<>(command.readingRefusals());
        read.ifPresent(register -> refusals.addAll(heldElsewhere(register)));
        List<String> warnings = new ArrayList<>(command.warnings());
        read.flatMap(this::metersOutsideGridflex).ifPresent(warnings::add);
        String key = command.key().orElse("");
        Optional<CommunityCounts> existing = command.key().flatMap(replace::countsOf);
        Map<String, Integer> inserted = read.map(CommunityImportService::counts).orElse(CommunityCounts.NONE)
                .byEntity(read.isPresent());
        if (command.dryRun()) {
            Map<String, Integer> deleted = existing.orElse(CommunityCounts.NONE).byEntity(existing.isPresent());
            return new ImportReport(key, true, deleted, inserted, warnings, refusals);
        }
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
        CommunityRegister register = read.orElseThrow();
        CommunityCounts deleted = transactions.inTransaction(() -> {
            Optional<CommunityCounts> current = replace.countsOf(key);
            if (current.isPresent() && !command.force()) {
                throw new RefusedException(CommunityReason.COMMUNITY_TAKEN, "Community '" + key
                        + "' already exists with " + current.get().members() + " member(s) and " + current.get().assets()
                        + " asset(s); importing would delete them. Set force to replace it.");
            }
            replace.replace(register);
            return current.orElse(null);
        });
        Map<String, Integer> deletedCounts = deleted == null ? CommunityCounts.NONE.byEntity(false) : deleted.byEntity(true);
        return new ImportReport(key, false, deletedCounts, inserted, warnings, List.of());
    }

    /** Sensors this community's active members hold that an active member of another community holds already. */
    private List<Refusal> heldElsewhere(CommunityRegister register) {
        Map<String, CommunityAsset> held = register.heldSensors();
        if (held.isEmpty()) {
            return List.of();
        }
        Set<String> taken = replace.sensorsHeldOutside(register.key(), held.keySet());
        return held.entrySet().stream().filter(e -> taken.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Refusal(CommunityReason.SENSOR_HELD, "member '" + e.getValue().owner() + "', asset '"
                        + e.getValue().key() + "': sensor '" + e.getKey() + "' is held in another community."))
                .toList();
    }

    /**
     * A community meter's readings are a gridflex sensor's beliefs: its sensor id is the id of a
     * gridflex sensor. Meters naming none are kept (a community may be imported before its sensors exist) and
     * reported in one warning.
     */
    private Optional<String> metersOutsideGridflex(CommunityRegister register) {
        List<CommunityAsset> meters = register.assets().stream().filter(a -> a.type() == CommunityAsset.Type.METER).toList();
        Map<CommunityAsset, Optional<SensorId>> ids = new java.util.LinkedHashMap<>();
        for (CommunityAsset meter : meters) {
            ids.put(meter, meter.sensorId().filter(s -> s.matches("[1-9][0-9]{0,17}")).map(s -> SensorId.of(Long.parseLong(s))));
        }
        Set<SensorId> existing = sensors.existingSensors(ids.values().stream().flatMap(Optional::stream).toList());
        List<String> outside = ids.entrySet().stream().filter(e -> e.getValue().filter(existing::contains).isEmpty())
                .map(e -> "'" + e.getKey().key() + "' (sensor '" + e.getKey().sensorId().orElse("") + "')").toList();
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(outside.size() + " meter(s) name no gridflex sensor by its id: " + String.join(", ",
                outside.subList(0, Math.min(5, outside.size()))) + (outside.size() > 5 ? " …" : "") + ".");
    }

    private static CommunityCounts counts(CommunityRegister register) {
        return new CommunityCounts(register.community().areas().size(), register.topology().nodes().size(),
                register.members().size(), register.members().stream().mapToInt(m -> m.deliveryPoints().size()).sum(),
                register.assets().size());
    }

    @Override
    public List<String> communitiesToExport(Actor actor, Optional<String> community) {
        RegistryAccess.requireReader(actor);
        if (community.isPresent()) {
            if (load.community(community.get()).isEmpty()) {
                throw new NotFoundException(NotFoundException.Subject.COMMUNITY, "Community '" + community.get() + "' not found.");
            }
            return List.of(community.get());
        }
        return load.communityKeys();
    }

    @Override
    public Optional<CommunityRegister> exportCommunity(Actor actor, String community) {
        RegistryAccess.requireReader(actor);
        return load.register(community);
    }
}
