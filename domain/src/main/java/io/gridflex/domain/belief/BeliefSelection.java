package io.gridflex.domain.belief;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Which beliefs count when a sensor is read (timely-beliefs' search semantics). */
public final class BeliefSelection {

    private BeliefSelection() {
    }

    /** Per event and source, the beliefs of the latest belief time (all their probabilities). */
    public static List<Belief> mostRecent(Collection<Belief> beliefs) {
        Map<List<Object>, Instant> latest = beliefs.stream().collect(Collectors.toMap(
                b -> List.of(b.eventStart(), b.source()), Belief::beliefTime, (a, b) -> a.isAfter(b) ? a : b));
        return beliefs.stream().filter(b -> b.beliefTime().equals(latest.get(List.of(b.eventStart(), b.source())))).toList();
    }

    /**
     * One value per event: from the source with the highest version (then the latest belief), and
     * of a probabilistic belief its median (the probability nearest 0.5).
     *
     * @param versions each source's version, absent for an unversioned source
     */
    public static NavigableMap<Instant, Double> oneDeterministicPerEvent(Collection<Belief> beliefs,
                                                                         Map<SourceId, Optional<String>> versions) {
        Comparator<Belief> preference = Comparator
                .comparing((Belief b) -> versions.getOrDefault(b.source(), Optional.empty()), BeliefSelection::compareVersions)
                .thenComparing(Belief::beliefTime)
                .thenComparing(b -> -Math.abs(b.cumulativeProbability() - Belief.DETERMINISTIC))
                .thenComparing(b -> -b.source().value());
        Map<Instant, Belief> best = beliefs.stream().collect(Collectors.toMap(Belief::eventStart, b -> b,
                (a, b) -> preference.compare(a, b) >= 0 ? a : b));
        NavigableMap<Instant, Double> values = new TreeMap<>();
        best.forEach((event, belief) -> values.put(event, belief.value()));
        return values;
    }

    /** Dotted versions compare part by part, numerically where both parts are numbers; none is lowest. */
    static int compareVersions(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        String[] pa = a.get().split("\\.");
        String[] pb = b.get().split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            String x = i < pa.length ? pa[i] : "0";
            String y = i < pb.length ? pb[i] : "0";
            int c = x.matches("\\d+") && y.matches("\\d+")
                    ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y)) : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
