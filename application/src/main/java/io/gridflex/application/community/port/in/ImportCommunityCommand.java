package io.gridflex.application.community.port.in;

import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.Holdings;
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
 * community still names its key, so the report says which community it is about. For the same
 * reason the sensors and delivery points the readable members would hold travel too
 * ({@code holdings}): the holding rules are judged even when reading refused something else.
 *
 * @param key the community's key, when at least that was readable
 * @param community the community read whole; present exactly when nothing was refused while reading
 * @param readingRefusals what reading refused; empty exactly when {@code community} is present
 * @param holdings what the members read would hold: the community's own when it was read whole
 * @param skippedAssets asset entries the document held but reading left out (a meter without a
 *     sensor id, with a warning): rec-registry counts them as inserted, and so does the report
 * @param warnings what reading left out or read loosely, for the report
 * @param dryRun judge and report only, write nothing
 * @param force replace the community if its key is taken
 */
public record ImportCommunityCommand(Optional<String> key, Optional<CommunityRegister> community,
                                     List<Refusal> readingRefusals, Holdings holdings, int skippedAssets, List<String> warnings,
                                     boolean dryRun, boolean force) {

    public ImportCommunityCommand {
        Require.present("key", key);
        Require.present("community", community);
        readingRefusals = List.copyOf(Require.noNulls("reading_refusals", readingRefusals));
        Require.present("holdings", holdings);
        Require.that(skippedAssets >= 0, "skipped_assets", "Must be at least 0.");
        warnings = List.copyOf(Require.noNulls("warnings", warnings));
        Require.that(community.isPresent() == readingRefusals.isEmpty(), "community",
                "A community is read whole or refused with its reasons, never both nor neither.");
        Require.that(community.isEmpty() || key.equals(community.map(CommunityRegister::key)), "key",
                "The key must be the community's own.");
    }

    /** A community built without a document to read (a test, another store): nothing refused, nothing to warn of. */
    public static ImportCommunityCommand of(CommunityRegister community, boolean dryRun, boolean force) {
        return new ImportCommunityCommand(Optional.of(community.key()), Optional.of(community), List.of(), community.holdings(), 0,
                List.of(), dryRun, force);
    }

    /** A document that made no community, with every refusal reading it met and what its readable members would hold. */
    public static ImportCommunityCommand refused(Optional<String> key, List<Refusal> readingRefusals, Holdings holdings,
                                                 List<String> warnings, boolean dryRun, boolean force) {
        return new ImportCommunityCommand(key, Optional.empty(), readingRefusals, holdings, 0, warnings, dryRun, force);
    }
}
