package io.gridflex.domain.community;

import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.invariant.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry's holding rules (rec-registry's): a sensor, and a delivery point, has at most one
 * holder registry-wide, and only an <em>active</em> member holds — a pending, suspended or
 * inactive one holds nothing, so a released member beside the point's new occupant is no clash.
 * An active member holds its delivery points and the point its meter names ({@code pod}); its
 * assets hold their sensors.
 *
 * <p>Ids are stored as spelled and compared in their <em>compared form</em>: a sensor id trimmed
 * ({@link Whitespace}, Python's set) and case-sensitive, a delivery point id trimmed and
 * lower-cased. A blank id holds nothing.
 *
 * <p>{@link #of} takes what one community's members would hold; {@link #refusals} answers what
 * that breaks, among them and against what active members of other communities hold already
 * ({@link Elsewhere}, the store's answer — the community being replaced is not "elsewhere", so its
 * own rows never count). Refusals name the community's own members and assets, never a sensor id,
 * a delivery point id, another community or its members.
 */
public final class Holdings {

    /** An active member's asset holding a sensor (compared form). */
    public record SensorHolding(String member, String asset, String sensor) {
    }

    /** An active member holding a delivery point (compared form), as its own or through its meter's pod. */
    public record PointHolding(String member, String point) {
    }

    /** What active members of other communities hold, in compared forms. */
    public record Elsewhere(Set<String> sensors, Set<String> deliveryPoints) {

        public static final Elsewhere NOTHING = new Elsewhere(Set.of(), Set.of());

        public Elsewhere {
            sensors = Set.copyOf(Require.noNulls("sensors", sensors));
            deliveryPoints = Set.copyOf(Require.noNulls("delivery_points", deliveryPoints));
        }
    }

    public static final Holdings NONE = new Holdings(List.of(), List.of());

    private static final Comparator<SensorHolding> BY_MEMBER_AND_ASSET = Comparator.comparing(SensorHolding::member)
            .thenComparing(SensorHolding::asset);

    private final List<SensorHolding> sensors;
    private final List<PointHolding> points;

    private Holdings(List<SensorHolding> sensors, List<PointHolding> points) {
        this.sensors = List.copyOf(sensors);
        this.points = List.copyOf(points);
    }

    /** What these members would hold with these assets: their active members' sensors and points, by member key. */
    public static Holdings of(Collection<Member> members, Collection<CommunityAsset> assets) {
        Set<String> active = members.stream().filter(Member::isActive).map(Member::key).collect(Collectors.toSet());
        List<SensorHolding> sensors = new ArrayList<>();
        Set<PointHolding> points = new LinkedHashSet<>();
        for (Member member : members) {
            if (member.isActive()) {
                member.deliveryPoints().forEach(p -> deliveryPointKey(p.id()).ifPresent(k -> points.add(new PointHolding(member.key(), k))));
            }
        }
        for (CommunityAsset asset : assets) {
            if (active.contains(asset.owner())) {
                asset.sensorId().flatMap(Holdings::sensorKey)
                        .ifPresent(s -> sensors.add(new SensorHolding(asset.owner(), asset.key(), s)));
                podKey(asset).ifPresent(k -> points.add(new PointHolding(asset.owner(), k)));
            }
        }
        sensors.sort(BY_MEMBER_AND_ASSET);
        return new Holdings(sensors, points.stream().sorted(Comparator.comparing(PointHolding::member)
                .thenComparing(PointHolding::point)).toList());
    }

    /** A sensor id's compared form: trimmed; empty when blank. */
    public static Optional<String> sensorKey(String sensorId) {
        return Optional.ofNullable(sensorId).map(Whitespace::strip).filter(s -> !s.isEmpty());
    }

    /** A delivery point id's compared form: trimmed and lower-cased; empty when blank. */
    public static Optional<String> deliveryPointKey(String deliveryPointId) {
        return Optional.ofNullable(deliveryPointId).map(Whitespace::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT));
    }

    /**
     * The delivery point an asset holds for its active owner (compared form): the {@code pod} a
     * meter with a sensor names; other assets hold no point.
     */
    public static Optional<String> podKey(CommunityAsset asset) {
        if (asset.type() != CommunityAsset.Type.METER || asset.sensorId().isEmpty()) {
            return Optional.empty();
        }
        return asset.pod().flatMap(Holdings::deliveryPointKey);
    }

    public List<SensorHolding> sensors() {
        return sensors;
    }

    public List<PointHolding> points() {
        return points;
    }

    /** The sensors held, compared forms: what to ask the store about. */
    public Set<String> sensorKeys() {
        return sensors.stream().map(SensorHolding::sensor).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The delivery points held, compared forms: what to ask the store about. */
    public Set<String> deliveryPointKeys() {
        return points.stream().map(PointHolding::point).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Every holding rule these break, sensors first, then delivery points: one sensor or point held
     * by several of these members, or by an active member of another community. Empty when they may
     * hold all of it.
     */
    public List<Refusal> refusals(Elsewhere elsewhere) {
        Require.present("elsewhere", elsewhere);
        List<Refusal> refusals = new ArrayList<>();
        Map<String, List<SensorHolding>> bySensor = sensors.stream()
                .collect(Collectors.groupingBy(SensorHolding::sensor, LinkedHashMap::new, Collectors.toList()));
        bySensor.values().stream().filter(holders -> holders.size() > 1).forEach(holders -> refusals.add(new Refusal(
                CommunityReason.SENSOR_HELD, "one sensor is held by several active members: " + holders.stream()
                .map(h -> "member '" + h.member() + "' (asset '" + h.asset() + "')").collect(Collectors.joining(", ")))));
        sensors.stream().filter(h -> elsewhere.sensors().contains(h.sensor())).forEach(h -> refusals.add(new Refusal(
                CommunityReason.SENSOR_HELD, "member '" + h.member() + "' (asset '" + h.asset()
                + "'): the sensor is already held by an active member of another community")));
        Map<String, List<String>> byPoint = points.stream().collect(Collectors.groupingBy(PointHolding::point,
                LinkedHashMap::new, Collectors.mapping(PointHolding::member, Collectors.toList())));
        byPoint.values().stream().filter(holders -> holders.size() > 1).forEach(holders -> refusals.add(new Refusal(
                CommunityReason.DELIVERY_POINT_HELD, "one delivery point is held by several active members: " + holders.stream()
                .map(m -> "member '" + m + "'").collect(Collectors.joining(", ")))));
        points.stream().filter(h -> elsewhere.deliveryPoints().contains(h.point())).forEach(h -> refusals.add(new Refusal(
                CommunityReason.DELIVERY_POINT_HELD, "member '" + h.member()
                + "': a delivery point is already held by an active member of another community")));
        return refusals;
    }

    /**
     * The holding rule for a single write to one member (rec-registry's 409s): the first sensor,
     * then the first delivery point, that {@code member} would hold and another active member holds
     * — one of these holdings (its community's, as written) or one elsewhere. A holder inside the
     * community is named, and preferred; one elsewhere is not. The member's own points, in any
     * spelling, are no clash. Empty when it may hold all it would.
     */
    public Optional<Refusal> clashOf(String member, Elsewhere elsewhere) {
        Require.present("elsewhere", elsewhere);
        for (SensorHolding held : sensors) {
            if (!held.member().equals(member)) {
                continue;
            }
            Optional<String> here = sensors.stream().filter(h -> h.sensor().equals(held.sensor()) && !h.member().equals(member))
                    .map(SensorHolding::member).findFirst();
            if (here.isPresent()) {
                return Optional.of(new Refusal(CommunityReason.SENSOR_HELD, "This sensor is already held by member '" + here.get()
                        + "'; detach it there first"));
            }
            if (elsewhere.sensors().contains(held.sensor())) {
                return Optional.of(new Refusal(CommunityReason.SENSOR_HELD, "This sensor is already held by another active member"));
            }
        }
        for (PointHolding held : points) {
            if (!held.member().equals(member)) {
                continue;
            }
            Optional<String> here = points.stream().filter(h -> h.point().equals(held.point()) && !h.member().equals(member))
                    .map(PointHolding::member).findFirst();
            if (here.isPresent()) {
                return Optional.of(new Refusal(CommunityReason.DELIVERY_POINT_HELD, "This delivery point is already held by member '"
                        + here.get() + "'; check it with the member"));
            }
            if (elsewhere.deliveryPoints().contains(held.point())) {
                return Optional.of(new Refusal(CommunityReason.DELIVERY_POINT_HELD,
                        "This delivery point is already held by another active member"));
            }
        }
        return Optional.empty();
    }
}
