package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.community.Area;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Holdings;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.community.Settings;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import java.util.Arrays;
import io.gridflex.domain.failure.RefusedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * rec-registry's bundle (format 1.0, schema 0.7) read into a {@link CommunityRegister} and written
 * back. Reading collects every refusal rather than stopping at the first (a dry run lists them
 * all); a document that does not have the bundle's shape (no {@code community}, a member without
 * {@code role} or {@code area}, a part that is not an object) is no bundle at all and is answered
 * 422 whether or not the import is a dry run, as rec-registry's schema validation does
 * ({@link MalformedBodyException}). Writing is canonical — members and assets by key, areas, nodes and delivery points in
 * their order — so that export → import → export gives the same document. The format is this API's
 * wire format, so it is read here and the use case gets a typed community.
 */
final class Bundle {

    static final String FORMAT_VERSION = "1.0";
    static final String SCHEMA_VERSION = "0.7";
    /** The schema versions rec-registry has published; older ones are read as 0.7, with a warning. */
    static final List<String> PUBLISHED_SCHEMA_VERSIONS = List.of("0.4", "0.5", "0.6", "0.7");

    private static final Set<String> COMMUNITY_FIELDS = Set.of("id", "name", "description", "areas", "topology", "settings");
    private static final Set<String> MEMBER_FIELDS = Set.of("user_id", "did", "name", "type", "role", "area", "status",
            "delivery_points", "assets");

    private final List<Refusal> refusals = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Community community;
    private List<TopologyNode> nodes = List.of();
    private GridTopology topology;
    private final List<Member> members = new ArrayList<>();
    private final List<CommunityAsset> assets = new ArrayList<>();
    private int skippedAssets;

    /**
     * A bundle read: the register when nothing was refused; its key when at least that was
     * readable; what its readable members would hold; how many asset entries were left out.
     */
    record Read(Optional<String> key, Optional<CommunityRegister> register, List<Refusal> refusals, Holdings holdings,
                int skippedAssets, List<String> warnings) {

        /** What the import use case is asked: this community, or the refusals that kept it from being one. */
        ImportCommunityCommand command(boolean dryRun, boolean force) {
            return new ImportCommunityCommand(key, register, refusals, holdings, skippedAssets, warnings, dryRun, force);
        }
    }

    private Bundle() {
    }

    /** The bundle in this document; {@link MalformedBodyException} when it does not have a bundle's shape. */
    static Read read(Map<String, Object> document) {
        Bundle bundle = new Bundle();
        // frozen first, as the use case did when it took the document as Attributes
        bundle.readDocument(Attributes.of(document).values());
        return bundle.result();
    }

    /** One member as a bundle writes it, with its assets, or the refusals met reading it (in the registry's order). */
    record MemberRead(Optional<Member> member, List<CommunityAsset> assets, List<Refusal> refusals, List<String> warnings) {
    }

    /**
     * A member document as a bundle's {@code members.<key>} entry (the registry's {@code MemberCreate}):
     * the same checks and refusals an import makes of it; {@link MalformedBodyException} when it
     * lacks a member's shape.
     */
    static MemberRead member(String key, Map<String, Object> document) {
        Bundle bundle = new Bundle();
        bundle.readMember(key, Attributes.of(document).values());
        List<Refusal> refusals = new ArrayList<>(bundle.refusals);
        refusals.sort(Comparator.comparing(r -> (CommunityReason) r.code()));
        return new MemberRead(bundle.members.stream().findFirst().filter(m -> refusals.isEmpty()), List.copyOf(bundle.assets), refusals,
                List.copyOf(bundle.warnings));
    }

    /** A delivery point as a bundle writes it ({@code DeliveryPointIn}); {@link InvalidValueException} when it is none. */
    static DeliveryPoint point(Map<String, Object> document) {
        return deliveryPoint(Attributes.of(document).values());
    }

    /**
     * One asset as the registry's asset PUT takes it ({@code AssetUpsert}: its type and its
     * properties, {@code name} and {@code sensor_id} among them), checked in rec-registry's order: the
     * type, the type's fields, a meter's sensor (stored trimmed), then the key's length (422
     * {@code asset_key_too_long}).
     */
    static CommunityAsset asset(String owner, String key, Object assetType, Map<String, Object> document) {
        if (!(assetType instanceof String typeName) || Arrays.stream(CommunityAsset.Type.values()).noneMatch(t -> t.wireName().equals(typeName))) {
            throw new InvalidValueException("asset_type", "Unknown asset_type '" + assetType + "'; expected one of "
                    + Arrays.stream(CommunityAsset.Type.values()).map(CommunityAsset.Type::wireName).sorted().collect(Collectors.joining(", ")));
        }
        CommunityAsset.Type type = CommunityAsset.Type.of("asset_type", typeName);
        Map<String, Object> properties = new LinkedHashMap<>(Attributes.of(document).values());
        Object name = properties.remove("name");
        Object sensor = properties.remove("sensor_id");
        Optional<String> sensorId = sensor == null ? Optional.empty() : Holdings.sensorKey(String.valueOf(sensor));
        if (type == CommunityAsset.Type.METER && sensorId.isEmpty()) {
            throw new InvalidValueException("sensor_id", "Invalid meter asset: sensor_id is blank");
        }
        if (key.length() > 128) {
            throw new RefusedException(CommunityReason.ASSET_KEY_TOO_LONG, "Asset key is " + key.length()
                    + " characters; at most 128 are allowed");
        }
        try {
            return new CommunityAsset(key, type, name == null ? null : String.valueOf(name), owner, sensorId, Attributes.of(properties));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.field(), "Invalid " + type.wireName() + " asset: " + e.field() + ": " + e.reason());
        }
    }

    private Read result() {
        Read read = judged();
        List<Refusal> ordered = new ArrayList<>(read.refusals());
        // the registry's order: member values, area keys, area boundaries, assets (sensors and delivery
        // points, judged by the use case, follow)
        ordered.sort(Comparator.comparing(r -> (CommunityReason) r.code()));
        return new Read(read.key(), read.register(), ordered, read.holdings(), read.skippedAssets(), read.warnings());
    }

    private Read judged() {
        Optional<String> key = Optional.ofNullable(community).map(Community::key);
        Holdings holdings = Holdings.of(members, assets);
        if (community != null && topology != null && refusals.isEmpty()) {
            Set<String> ids = nodes.stream().map(TopologyNode::id).collect(Collectors.toSet());
            refusals.addAll(CommunityRegister.refusals(community, ids, members, assets));
            if (refusals.isEmpty()) {
                return new Read(key, Optional.of(new CommunityRegister(community, topology, members, assets)), List.of(), holdings,
                        skippedAssets, warnings);
            }
        } else if (community != null) {
            // still judge members and assets, so that a dry run lists every refusal
            Set<String> ids = nodes.stream().map(TopologyNode::id).collect(Collectors.toSet());
            refusals.addAll(CommunityRegister.refusals(community, ids, members, assets));
        }
        if (refusals.isEmpty()) {
            refusals.add(new Refusal(CommunityReason.INVALID_BUNDLE, "The bundle describes no community."));
        }
        return new Read(key, Optional.empty(), refusals, holdings, skippedAssets, warnings);
    }

    private void readDocument(Map<String, Object> doc) {
        schemaVersionWarning(doc).ifPresent(warnings::add);
        Map<String, Object> communityDoc = object(doc.get("community"), "community");
        Map<String, Object> metadata = object(doc.getOrDefault("metadata", Map.of()), "metadata");
        Map<String, Object> membersDoc = object(doc.getOrDefault("members", Map.of()), "members");
        if (communityDoc == null) {
            throw malformed("community", "Missing data for required field.");
        }
        if (communityDoc.get("id") == null) {
            throw malformed("community.id", "Missing data for required field.");
        }
        readCommunity(communityDoc, metadata == null ? Map.of() : metadata);
        if (membersDoc != null) {
            membersDoc.forEach((key, value) -> {
                Map<String, Object> memberDoc = object(value, "members." + key);
                if (memberDoc != null) {
                    readMember(key, memberDoc);
                }
            });
        }
    }

    /** rec-registry's warnings (services/importer.py::schema_version_warnings); the version is never a reason to refuse. */
    static Optional<String> schemaVersionWarning(Map<String, Object> doc) {
        if (!doc.containsKey("schema_version")) {
            return Optional.of("Bundle declares no schema_version; read as '" + SCHEMA_VERSION + "'.");
        }
        String declared = String.valueOf(doc.get("schema_version"));
        if (SCHEMA_VERSION.equals(declared)) {
            return Optional.empty();
        }
        if (PUBLISHED_SCHEMA_VERSIONS.contains(declared)) {
            return Optional.of("Bundle declares schema_version '" + declared + "'; this service reads '" + SCHEMA_VERSION
                    + "'. Imported without conversion — see schemas/community/v" + SCHEMA_VERSION + "/README.md for what changed.");
        }
        return Optional.of("Bundle declares schema_version '" + declared + "', which is not a published schema (known: "
                + PUBLISHED_SCHEMA_VERSIONS.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "))
                + "). Imported anyway; nothing validated it against '" + SCHEMA_VERSION + "'.");
    }

    private static MalformedBodyException malformed(String field, String reason) {
        return new MalformedBodyException(field + ": " + reason);
    }

    private void readCommunity(Map<String, Object> doc, Map<String, Object> metadata) {
        List<Area> areas = readAreas(object(doc.getOrDefault("areas", Map.of()), "community.areas"));
        Map<String, Object> details = new LinkedHashMap<>(doc);
        details.keySet().removeAll(COMMUNITY_FIELDS);
        try {
            community = new Community(text(doc.get("id")), optionalText(doc.get("name"), "community.name").orElse(null),
                    optionalText(doc.get("description"), "community.description"), areas,
                    settings(object(doc.getOrDefault("settings", Map.of()), "community.settings")), Attributes.of(details),
                    Attributes.of(metadata));
        } catch (InvalidValueException e) {
            refusals.add(new Refusal(e.field().startsWith("settings") ? CommunityReason.INVALID_SETTINGS : CommunityReason.INVALID_COMMUNITY,
                    e.field() + ": " + e.reason()));
            return;
        }
        readTopology(doc.getOrDefault("topology", List.of()), areas);
    }

    private List<Area> readAreas(Map<String, Object> doc) {
        List<Area> areas = new ArrayList<>();
        if (doc == null) {
            return areas;
        }
        doc.forEach((key, value) -> {
            if (!Area.isKey(key)) {
                refusals.add(new Refusal(CommunityReason.INVALID_AREA_KEY, "area '" + key + "': an area key is letters, digits, '-' and '_', "
                        + "starting with a letter or digit, at most 128 characters."));
                return;
            }
            Map<String, Object> area = object(value, "community.areas." + key);
            if (area == null) {
                return;
            }
            Map<String, Object> boundary = area.get("boundary") instanceof Map<?, ?> m ? cast(m) : Map.of();
            Object source = boundary.get("source");
            String boundaryId = boundary.get("id") instanceof String s ? s : null;
            if (boundaryId == null || !Area.BOUNDARY_SOURCE.equals(source)) {
                refusals.add(new Refusal(CommunityReason.INVALID_AREA_BOUNDARY, "area '" + key + "': the boundary must be {source: "
                        + Area.BOUNDARY_SOURCE + ", id: <primary substation code>}."));
                return;
            }
            if (!List.of(boundaryId).equals(area.get("topology"))) {
                refusals.add(new Refusal(CommunityReason.INVALID_AREA_BOUNDARY, "area '" + key + "': its topology must be exactly ['"
                        + boundaryId + "'], the boundary's primary substation."));
                return;
            }
            try {
                areas.add(new Area(key, optionalText(area.get("name"), "name").orElse(null), boundaryId, location(area.get("location"))));
            } catch (InvalidValueException e) {
                refusals.add(new Refusal(CommunityReason.INVALID_AREA_BOUNDARY, "area '" + key + "': " + e.field() + ": " + e.reason()));
            }
        });
        Map<String, String> byBoundary = new HashMap<>();
        for (Area area : areas) {
            String other = byBoundary.putIfAbsent(area.boundaryId(), area.key());
            if (other != null) {
                refusals.add(new Refusal(CommunityReason.INVALID_AREA_BOUNDARY, "area '" + area.key() + "': boundary '" + area.boundaryId()
                        + "' is area '" + other + "' already."));
            }
        }
        return areas;
    }

    private void readTopology(Object value, List<Area> areas) {
        if (!(value instanceof List<?> list)) {
            refusals.add(new Refusal(CommunityReason.INVALID_TOPOLOGY, "community.topology: Not a list."));
            return;
        }
        List<TopologyNode> read = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String field = "topology[" + i + "]";
            try {
                Map<String, Object> node = object(list.get(i), field);
                if (node == null) {
                    return;
                }
                read.add(new TopologyNode(text(node.get("id")), TopologyNode.Type.of("type", text(node.get("type"))),
                        optionalText(node.get("name"), "name"), optionalText(node.get("operator_id"), "operator_id"),
                        optionalText(node.get("parent"), "parent")));
            } catch (InvalidValueException e) {
                refusals.add(new Refusal(CommunityReason.INVALID_TOPOLOGY, field + "." + e.field() + ": " + e.reason()));
                return;
            }
        }
        nodes = read;
        Map<String, TopologyNode> byId = new HashMap<>();
        read.forEach(n -> byId.putIfAbsent(n.id(), n));
        for (Area area : areas) {
            TopologyNode root = byId.get(area.boundaryId());
            if (root == null || root.type() != TopologyNode.Type.PRIMARY_SUBSTATION || !root.isRoot()) {
                refusals.add(new Refusal(CommunityReason.INVALID_AREA_BOUNDARY, "area '" + area.key() + "': '" + area.boundaryId()
                        + "' is no primary substation without parent in community.topology."));
            }
        }
        if (refusals.stream().anyMatch(r -> r.code() == CommunityReason.INVALID_AREA_BOUNDARY)) {
            return;
        }
        try {
            topology = GridTopology.of(read, areas.stream().map(Area::boundaryId).collect(Collectors.toSet()));
        } catch (InvalidValueException e) {
            refusals.add(new Refusal(CommunityReason.INVALID_TOPOLOGY, e.field() + ": " + e.reason()));
        }
    }

    private void readMember(String key, Map<String, Object> doc) {
        String who = "member '" + key + "'";
        for (String required : List.of("role", "area")) {
            if (doc.get(required) == null) {
                throw malformed("members." + key + "." + required, "Missing data for required field.");
            }
        }
        int before = refusals.size();
        Member.Role role = null;
        Member.Status status = null;
        try {
            role = Member.parse(Member.Role.class, "role", text(doc.get("role")));
        } catch (InvalidValueException e) {
            refusals.add(new Refusal(CommunityReason.INVALID_ROLE, who + ": role " + e.reason()));
        }
        try {
            status = Member.parse(Member.Status.class, "status", text(doc.get("status")));
        } catch (InvalidValueException e) {
            refusals.add(new Refusal(CommunityReason.INVALID_STATUS, who + ": status " + e.reason()));
        }
        List<DeliveryPoint> points = new ArrayList<>();
        Object pointsDoc = doc.getOrDefault("delivery_points", List.of());
        if (pointsDoc instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                try {
                    points.add(deliveryPoint(object(list.get(i), "delivery_points[" + i + "]")));
                } catch (InvalidValueException e) {
                    refusals.add(new Refusal(CommunityReason.INVALID_DELIVERY_POINT, who + ": delivery_points[" + i + "]." + e.field() + ": "
                            + e.reason()));
                }
            }
        } else {
            throw malformed("members." + key + ".delivery_points", "Not a list.");
        }
        if (refusals.size() > before) {
            return;
        }
        try {
            members.add(new Member(key, text(doc.get("user_id")), optionalText(doc.get("did"), "did"),
                    optionalText(doc.get("name"), "name").orElse(null), optionalText(doc.get("type"), "type"), role,
                    text(doc.get("area")), status, points));
        } catch (InvalidValueException e) {
            refusals.add(new Refusal(CommunityReason.INVALID_MEMBER, who + ": " + e.field() + ": " + e.reason()));
            return;
        }
        Set<String> unknown = new HashSet<>(doc.keySet());
        unknown.removeAll(MEMBER_FIELDS);
        if (!unknown.isEmpty()) {
            warnings.add(who + ": fields " + unknown.stream().sorted().toList() + " are not kept.");
        }
        readAssets(key, doc.getOrDefault("assets", Map.of()));
    }

    private void readAssets(String owner, Object value) {
        Map<String, Object> byType = object(value, "members." + owner + ".assets");
        if (byType == null) {
            return;
        }
        byType.forEach((typeName, group) -> {
            CommunityAsset.Type type;
            try {
                type = CommunityAsset.Type.of("asset_type", typeName);
            } catch (InvalidValueException e) {
                refusals.add(new Refusal(CommunityReason.INVALID_ASSET, "member '" + owner + "': " + e.reason()));
                return;
            }
            // schema 0.7 keys each type's assets by key; the registry's docs also show a list with a key field
            Map<String, Map<String, Object>> keyed = new LinkedHashMap<>();
            if (group instanceof Map<?, ?> map) {
                map.forEach((k, v) -> keyed.put(String.valueOf(k), v instanceof Map<?, ?> m ? cast(m) : Map.of()));
            } else if (group instanceof List<?> list) {
                for (Object item : list) {
                    Map<String, Object> asset = item instanceof Map<?, ?> m ? new LinkedHashMap<>(cast(m)) : new LinkedHashMap<>();
                    keyed.put(String.valueOf(asset.remove("key")), asset);
                }
            } else {
                throw malformed("members." + owner + ".assets." + typeName, "Neither a map nor a list.");
            }
            keyed.forEach((key, fields) -> readAsset(owner, type, key, fields));
        });
    }

    private void readAsset(String owner, CommunityAsset.Type type, String key, Map<String, Object> fields) {
        String what = "member '" + owner + "', asset '" + key + "'";
        if (key.length() > 128) {
            refusals.add(new Refusal(CommunityReason.ASSET_KEY_TOO_LONG, "member '" + owner + "': an asset key has at most 128 characters; "
                    + "one has " + key.length() + "."));
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>(fields);
        Object name = properties.remove("name");
        Object sensor = properties.remove("sensor_id");
        Optional<String> sensorId = sensor == null ? Optional.empty() : Holdings.sensorKey(String.valueOf(sensor));
        if (type == CommunityAsset.Type.METER && sensorId.isEmpty()) {
            // rec-registry's text; the entry still counts as inserted, as there
            warnings.add("Meter " + key + ": missing sensor_id; skipped");
            skippedAssets++;
            return;
        }
        try {
            assets.add(new CommunityAsset(key, type, name == null ? null : String.valueOf(name), owner, sensorId,
                    Attributes.of(properties)));
        } catch (InvalidValueException e) {
            refusals.add(new Refusal(CommunityReason.INVALID_ASSET, what + ": " + e.field() + ": " + e.reason()));
        }
    }

    private static DeliveryPoint deliveryPoint(Map<String, Object> doc) {
        if (doc == null) {
            throw new InvalidValueException("id", "Not an object.");
        }
        if (doc.get("type") == null) {
            throw malformed("delivery_points.type", "Missing data for required field.");
        }
        Object active = doc.getOrDefault("active", true);
        if (!(active instanceof Boolean)) {
            throw new InvalidValueException("active", "Not a boolean: " + active + ".");
        }
        return new DeliveryPoint(text(doc.get("id")), DeliveryPoint.Type.of("type", text(doc.get("type"))),
                optionalText(doc.get("description"), "description"), optionalText(doc.get("address"), "address"),
                optionalText(doc.get("tariff"), "tariff"), (Boolean) active, optionalText(doc.get("topology_node"), "topology_node"));
    }

    private static Settings settings(Map<String, Object> doc) {
        if (doc == null) {
            throw new InvalidValueException("settings", "Not an object.");
        }
        return Settings.of(doc);
    }

    private static Coordinates location(Object value) {
        if (value == null) {
            return Coordinates.UNKNOWN;
        }
        if (value instanceof Map<?, ?> map && map.get("lat") instanceof Number lat && map.get("lon") instanceof Number lon) {
            return new Coordinates(Optional.of(lat.doubleValue()), Optional.of(lon.doubleValue()));
        }
        throw new InvalidValueException("location", "A location is {lat, lon} in decimal degrees.");
    }

    private static Map<String, Object> object(Object value, String field) {
        if (value instanceof Map<?, ?> map) {
            return cast(map);
        }
        if (value != null) {
            throw malformed(field, "Not an object.");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** A required text; a number is read as its text (YAML reads an unquoted 123 as a number). */
    private static String text(Object value) {
        return value == null ? null : value instanceof Map || value instanceof List ? "" + value : String.valueOf(value);
    }

    private static Optional<String> optionalText(Object value, String field) {
        if (value instanceof Map || value instanceof List) {
            throw new InvalidValueException(field, "Not a text.");
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }

    /** The bundle document of a stored community, canonical. */
    static Map<String, Object> write(CommunityRegister register) {
        Community community = register.community();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", FORMAT_VERSION);
        doc.put("schema_version", SCHEMA_VERSION);
        if (!community.metadata().isEmpty()) {
            doc.put("metadata", community.metadata().values());
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", community.key());
        c.put("name", community.name());
        community.description().ifPresent(d -> c.put("description", d));
        c.putAll(community.details().values());
        Map<String, Object> settings = community.settings().fields();
        if (!settings.isEmpty()) {
            c.put("settings", settings);
        }
        Map<String, Object> areas = new LinkedHashMap<>();
        for (Area area : community.areas()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", area.name());
            Map<String, Object> boundary = new LinkedHashMap<>();
            boundary.put("source", Area.BOUNDARY_SOURCE);
            boundary.put("id", area.boundaryId());
            a.put("boundary", boundary);
            a.put("topology", List.of(area.boundaryId()));
            if (area.location().latitude().isPresent() && area.location().longitude().isPresent()) {
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("lat", area.location().latitude().get());
                location.put("lon", area.location().longitude().get());
                a.put("location", location);
            }
            areas.put(area.key(), a);
        }
        c.put("areas", areas);
        List<Object> nodes = new ArrayList<>();
        for (TopologyNode node : register.topology().nodes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", node.id());
            n.put("type", node.type().wireName());
            node.name().ifPresent(name -> n.put("name", name));
            node.operatorId().ifPresent(o -> n.put("operator_id", o));
            node.parent().ifPresent(p -> n.put("parent", p));
            nodes.add(n);
        }
        c.put("topology", nodes);
        doc.put("community", c);
        Map<String, List<CommunityAsset>> assetsByOwner = register.assets().stream()
                .collect(Collectors.groupingBy(CommunityAsset::owner));
        Map<String, Object> members = new LinkedHashMap<>();
        register.members().stream().sorted(Comparator.comparing(Member::key)).forEach(member ->
                members.put(member.key(), member(member, assetsByOwner.getOrDefault(member.key(), List.of()))));
        doc.put("members", members);
        return Attributes.of(doc).values();
    }

    private static Map<String, Object> member(Member member, List<CommunityAsset> owned) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user_id", member.userId());
        member.did().ifPresent(d -> m.put("did", d));
        m.put("name", member.name());
        member.type().ifPresent(t -> m.put("type", t));
        m.put("role", member.role().wireName());
        m.put("area", member.area());
        m.put("status", member.status().wireName());
        m.put("delivery_points", member.deliveryPoints().stream().map(Bundle::deliveryPoint).toList());
        Map<String, Object> assets = new LinkedHashMap<>();
        for (CommunityAsset.Type type : CommunityAsset.Type.values()) {
            Map<String, Object> ofType = new LinkedHashMap<>();
            owned.stream().filter(a -> a.type() == type).sorted(Comparator.comparing(CommunityAsset::key))
                    .forEach(a -> ofType.put(a.key(), asset(a)));
            if (!ofType.isEmpty()) {
                assets.put(type.wireName(), ofType);
            }
        }
        if (!assets.isEmpty()) {
            m.put("assets", assets);
        }
        return m;
    }

    static Map<String, Object> deliveryPoint(DeliveryPoint point) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", point.id());
        p.put("type", point.type().wireName());
        point.description().ifPresent(d -> p.put("description", d));
        point.address().ifPresent(a -> p.put("address", a));
        point.tariff().ifPresent(t -> p.put("tariff", t));
        p.put("active", point.active());
        point.topologyNode().ifPresent(n -> p.put("topology_node", n));
        return p;
    }

    private static Map<String, Object> asset(CommunityAsset asset) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", asset.name());
        asset.sensorId().ifPresent(s -> a.put("sensor_id", s));
        a.putAll(asset.properties().values());
        return a;
    }

}
