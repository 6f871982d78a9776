package io.gridflex.application.community.service;

import io.gridflex.application.community.port.in.ExportCommunitiesUseCase;
import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.application.community.port.in.ImportCommunityUseCase;
import io.gridflex.application.community.port.in.ImportReport;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.application.community.port.out.CommunityCounts;
import io.gridflex.application.community.port.out.FindHoldersPort;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.port.out.ReplaceCommunityPort;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.failure.RefusedException;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.Holdings;
import io.gridflex.domain.failure.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports and exports whole communities. An import is judged completely before anything is
 * written (what reading the document refused, then the holding rules — {@link Holdings} — against
 * what active members of other communities hold); the replacement is one transaction, and the
 * force check happens inside it, so two imports of one key cannot both believe the community new.
 * As rec-registry's, a refused import over an existing community without {@code force} answers
 * {@code community_taken} first.
 */
public class CommunityImportService implements ImportCommunityUseCase, ExportCommunitiesUseCase {

    private final LoadCommunitiesPort load;
    private final ReplaceCommunityPort replace;
    private final FindHoldersPort holders;
    private final LoadSensorsPort sensors;
    private final TransactionPort transactions;
    private final boolean warnUnknownSensors;

    /**
     * @param warnUnknownSensors whether a report warns of meters whose sensor id names no gridflex
     *     sensor (rec-registry does not know gridflex's sensors, so by default it does not)
     */
    public CommunityImportService(LoadCommunitiesPort load, ReplaceCommunityPort replace, FindHoldersPort holders,
                                  LoadSensorsPort sensors, TransactionPort transactions, boolean warnUnknownSensors) {
        this.load = load;
        this.replace = replace;
        this.holders = holders;
        this.sensors = sensors;
        this.transactions = transactions;
        this.warnUnknownSensors = warnUnknownSensors;
    }

    @Override
    public ImportReport importCommunity(Actor actor, ImportCommunityCommand command) {
        RegistryAccess.requireAdmin(actor);
        Optional<CommunityRegister> read = command.community();
        String key = command.key().orElse("");
        List<Refusal> refusals = new ArrayList<>(command.readingRefusals());
        // the registry's order: what reading refused (member values … assets), then sensors, then delivery points
        refusals.addAll(command.holdings().refusals(holders.heldOutside(key, command.holdings())));
        List<String> warnings = new ArrayList<>(command.warnings());
        if (warnUnknownSensors) {
            read.flatMap(this::metersOutsideGridflex).ifPresent(warnings::add);
        }
        Map<String, Integer> inserted = read.map(r -> new CommunityCounts(r.members().size(),
                r.assets().size() + command.skippedAssets())).orElse(CommunityCounts.NONE).byEntity(command.key().isPresent());
        if (command.dryRun()) {
            Optional<CommunityCounts> existing = command.key().flatMap(replace::countsOf);
            Map<String, Integer> deleted = existing.orElse(CommunityCounts.NONE).byEntity(existing.isPresent());
            return new ImportReport(key, true, deleted, inserted, warnings, refusals);
        }
        if (!refusals.isEmpty()) {
            Optional<CommunityCounts> existing = command.key().flatMap(replace::countsOf);
            if (existing.isPresent() && !command.force()) {
                throw taken(key, existing.get());
            }
            throw new RefusedException("Import of '" + key + "' refused: " + refusals.stream().map(Refusal::detail)
                    .collect(Collectors.joining("; ")), refusals);
        }
        CommunityRegister register = read.orElseThrow();
        CommunityCounts deleted = transactions.inTransaction(() -> {
            Optional<CommunityCounts> current = replace.countsOf(key);
            if (current.isPresent() && !command.force()) {
                throw taken(key, current.get());
            }
            replace.replace(register);
            return current.orElse(null);
        });
        Map<String, Integer> deletedCounts = deleted == null ? CommunityCounts.NONE.byEntity(false) : deleted.byEntity(true);
        return new ImportReport(key, false, deletedCounts, inserted, warnings, List.of());
    }

    private static RefusedException taken(String key, CommunityCounts current) {
        return new RefusedException(CommunityReason.COMMUNITY_TAKEN, "Community '" + key + "' already exists with "
                + current.members() + " member(s) and " + current.assets() + " asset(s); importing would delete them. "
                + "Re-run with dry_run to see the effect, or force to accept it.");
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

    @Override
    public List<String> communitiesToExport(Actor actor, List<String> communities) {
        RegistryAccess.requireReader(actor);
        if (communities.isEmpty()) {
            return load.communityKeys();
        }
        for (String community : communities) {
            if (load.community(community).isEmpty()) {
                // rec-registry's text: Python's str() of the KeyError, quotes and all
                throw new NotFoundException(NotFoundException.Subject.COMMUNITY, "'Community not found: " + community + "'");
            }
        }
        return List.copyOf(communities);
    }

    @Override
    public Optional<CommunityRegister> exportCommunity(Actor actor, String community) {
        RegistryAccess.requireReader(actor);
        return load.register(community);
    }
}
