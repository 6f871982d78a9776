package io.gridflex.application.community.port.in;

import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.invariant.Require;
import java.util.List;
import java.util.Optional;

/**
 * A community to import, as an adapter read it from its document (rec-registry's bundle, say): the
 * {@link CommunityRegister} where one could be built, else the refusals met while reading, in the
 * registry's order.
 *
 * <p>The refusals travel with the command rather than being thrown by the adapter because a dry
 * run reports every refusal at once — those of reading (a role that is no role, an asset key too
 * long, a member in an unknown area) together with those only the registry can find (a sensor
 * held in another community) and the counts the import would delete — and because a refused
 * community still names its key, so the report says which community it is about.
 *
 * @param key the community's key, when at least that was readable
 * @param community the community read whole; present exactly when nothing was refused while reading
 * @param readingRefusals what reading refused; empty exactly when {@code community} is present
 * @param warnings what reading left out or read loosely, for the report
 * @param dryRun judge and report only, write nothing
 * @param force replace the community if its key is taken
 */
public record ImportCommunityCommand(Optional<String> key, Optional<CommunityRegister> community,
                                     List<Refusal> readingRefusals, List<String> warnings, boolean dryRun, boolean force) {

    public ImportCommunityCommand {
        Require.present("key", key);
        Require.present("community", community);
        readingRefusals = List.copyOf(Require.noNulls("reading_refusals", readingRefusals));
        warnings = List.copyOf(Require.noNulls("warnings", warnings));
        Require.that(community.isPresent() == readingRefusals.isEmpty(), "community",
                "A community is read whole or refused with its reasons, never both nor neither.");
        Require.that(community.isEmpty() || key.equals(community.map(CommunityRegister::key)), "key",
                "The key must be the community's own.");
    }

    /** A community built without a document to read (a test, another store): nothing refused, nothing to warn of. */
    public static ImportCommunityCommand of(CommunityRegister community, boolean dryRun, boolean force) {
        return new ImportCommunityCommand(Optional.of(community.key()), Optional.of(community), List.of(), List.of(), dryRun, force);
    }

    /** A document that made no community, with every refusal reading it met. */
    public static ImportCommunityCommand refused(Optional<String> key, List<Refusal> readingRefusals, List<String> warnings,
                                                 boolean dryRun, boolean force) {
        return new ImportCommunityCommand(key, Optional.empty(), readingRefusals, warnings, dryRun, force);
    }
}
