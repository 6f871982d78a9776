package io.gridflex.adapter.jdbc.community;

import io.gridflex.adapter.jdbc.JsonColumns;
import io.gridflex.application.community.query.CommunityAssetFilter;
import io.gridflex.application.community.port.out.CommunityCounts;
import io.gridflex.application.community.port.out.FindHoldersPort;
import io.gridflex.application.community.query.CommunityRef;
import io.gridflex.application.community.query.DeliveryPointFilter;
import io.gridflex.application.community.query.Downstream;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.query.MemberFilter;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.community.port.out.ReplaceCommunityPort;
import io.gridflex.application.community.port.out.WriteMembersPort;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.community.Area;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Holdings;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.community.Settings;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry in PostgreSQL (V8). An import deletes the community row (its rows cascade) and
 * inserts the new ones in bulk, {@code INSERT … SELECT unnest(arrays)} a chunk at a time, in the
 * caller's transaction, after taking an advisory lock on the key so that two imports of one
 * community run one after the other. The grid is walked in SQL (recursive CTEs over the parent
 * index), so a query's cost follows the part of the grid it touches, not the grid's size. Holders
 * are found by the compared forms stored beside the ids (V11: {@code point_key}, {@code pod_key};
 * sensor ids are stored trimmed), each an index lookup.
 */
@Singleton
@Transactional
public class CommunitiesJdbcAdapter implements LoadCommunitiesPort, ReplaceCommunityPort, FindHoldersPort, WriteMembersPort {

    private static final int CHUNK = 10_000;
    private static final String REF = "c.id AS c_id, c.key AS c_key, c.name AS c_name";
    private static final String MEMBER = "m.id, m.key, m.user_id, m.did, m.name, m.type, m.role, m.area, m.status";
    private static final String POINT = "p.id, p.member_key, p.point_id, p.type, p.description, p.address, p.tariff, p.active, "
            + "p.topology_node";
    private static final String ASSET = "a.id, a.key, a.asset_type, a.name, a.owner, a.sensor_id, a.properties";
    private static final String NODE = "n.id, n.type, n.name, n.operator_id, n.parent";

    private final JdbcOperations jdbc;
    private final JsonColumns json;

    CommunitiesJdbcAdapter(JdbcOperations jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Row<T> row) {
        return jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        });
    }

    // ---- writing ----

    @Override
    public Optional<CommunityCounts> countsOf(String communityKey) {
        // serialises imports of one key until the transaction ends (outside one, only for this statement)
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('community:' || ?))", s -> {
            s.setString(1, communityKey);
            return s.executeQuery().next();
        });
        return query("SELECT (SELECT count(*) FROM community_member WHERE community_id = c.id), "
                + "(SELECT count(*) FROM community_asset WHERE community_id = c.id) FROM community c WHERE c.key = ?",
                s -> s.setString(1, communityKey), rs -> new CommunityCounts(rs.getInt(1), rs.getInt(2)))
                .stream().findFirst();
    }

    @Override
    public Set<String> sensorsHeldOutside(String communityKey, Collection<String> sensorKeys) {
        return new HashSet<>(query("SELECT DISTINCT a.sensor_id FROM community_asset a JOIN community c ON c.id = a.community_id "
                + "JOIN community_member m ON m.community_id = a.community_id AND m.key = a.owner "
                + "WHERE a.sensor_id = ANY(?) AND c.key <> ? AND m.status = 'active'", s -> {
                    s.setArray(1, texts(s, sensorKeys));
                    s.setString(2, communityKey);
                }, rs -> rs.getString(1)));
    }

    @Override
    public Set<String> deliveryPointsHeldOutside(String communityKey, Collection<String> deliveryPointKeys) {
        return new HashSet<>(query("SELECT p.point_key FROM delivery_point p JOIN community c ON c.id = p.community_id "
                + "JOIN community_member m ON m.community_id = p.community_id AND m.key = p.member_key "
                + "WHERE p.point_key = ANY(?) AND c.key <> ? AND m.status = 'active' "
                + "UNION SELECT a.pod_key FROM community_asset a JOIN community c ON c.id = a.community_id "
                + "JOIN community_member m ON m.community_id = a.community_id AND m.key = a.owner "
                + "WHERE a.pod_key = ANY(?) AND c.key <> ? AND m.status = 'active'", s -> {
                    Array keys = texts(s, deliveryPointKeys);
                    s.setArray(1, keys);
                    s.setString(2, communityKey);
                    s.setArray(3, keys);
                    s.setString(4, communityKey);
                }, rs -> rs.getString(1)));
    }

    @Override
    public void replace(CommunityRegister register) {
        Community community = register.community();
        jdbc.prepareStatement("DELETE FROM community WHERE key = ?", s -> {
            s.setString(1, community.key());
            return s.executeUpdate();
        });
        long id = jdbc.prepareStatement("INSERT INTO community (key, name, description, settings, details, metadata) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", s -> {
                    s.setString(1, community.key());
                    s.setString(2, community.name());
                    s.setString(3, community.description().orElse(null));
                    s.setString(4, json.write(community.settings().fields()));
                    s.setString(5, json.write(community.details()));
                    s.setString(6, json.write(community.metadata()));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        List<Area> areas = community.areas();
        insert("INSERT INTO community_area (community_id, ordinal, key, name, boundary_id, latitude, longitude) "
                + "SELECT ?, * FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[])", id, areas.size(),
                i -> new Object[] {i, areas.get(i).key(), areas.get(i).name(), areas.get(i).boundaryId(),
                        areas.get(i).location().latitude().orElse(null), areas.get(i).location().longitude().orElse(null)},
                "int4", "text", "text", "text", "float8", "float8");
        List<TopologyNode> nodes = register.topology().nodes();
        insert("INSERT INTO topology_node (community_id, ordinal, id, type, name, operator_id, parent) "
                + "SELECT ?, * FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])", id, nodes.size(),
                i -> new Object[] {i, nodes.get(i).id(), nodes.get(i).type().wireName(), nodes.get(i).name().orElse(null),
                        nodes.get(i).operatorId().orElse(null), nodes.get(i).parent().orElse(null)},
                "int4", "text", "text", "text", "text", "text");
        List<Member> members = register.members();
        insert("INSERT INTO community_member (community_id, key, user_id, did, name, type, role, area, status) "
                + "SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])",
                id, members.size(), i -> {
                    Member m = members.get(i);
                    return new Object[] {m.key(), m.userId(), m.did().orElse(null), m.name(), m.type().orElse(null),
                            m.role().wireName(), m.area(), m.status().wireName()};
                }, "text", "text", "text", "text", "text", "text", "text", "text");
        insertPoints(id, members);
        List<CommunityAsset> assets = register.assets();
        insert("INSERT INTO community_asset (community_id, key, asset_type, name, owner, sensor_id, pod, properties, pod_key) "
                + "SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])",
                id, assets.size(), i -> {
                    CommunityAsset a = assets.get(i);
                    return new Object[] {a.key(), a.type().wireName(), a.name(), a.owner(), a.sensorId().orElse(null),
                            a.pod().orElse(null), json.write(a.properties()), Holdings.podKey(a).orElse(null)};
                }, "text", "text", "text", "text", "text", "text", "text", "text");
    }

    /** The members' delivery points, in their order, with each id's compared form (the domain's Holdings decides it). */
    private void insertPoints(long communityId, List<Member> members) {
        List<Object[]> points = new ArrayList<>();
        for (Member m : members) {
            for (int o = 0; o < m.deliveryPoints().size(); o++) {
                DeliveryPoint p = m.deliveryPoints().get(o);
                points.add(new Object[] {m.key(), o, p.id(), p.type().wireName(), p.description().orElse(null),
                        p.address().orElse(null), p.tariff().orElse(null), p.active(), p.topologyNode().orElse(null),
                        Holdings.deliveryPointKey(p.id()).orElse(null)});
            }
        }
        insert("INSERT INTO delivery_point (community_id, member_key, ordinal, point_id, type, description, address, tariff, active, "
                + "topology_node, point_key) SELECT ?, * FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], "
                + "?::text[], ?::bool[], ?::text[], ?::text[])", communityId, points.size(), points::get,
                "text", "int4", "text", "text", "text", "text", "text", "bool", "text", "text");
    }

    @FunctionalInterface
    private interface RowValues {
        Object[] at(int i);
    }

    /** Inserts {@code count} rows, one statement per chunk: each column one array parameter after the community id. */
    private void insert(String sql, long communityId, int count, RowValues rows, String... types) {
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            Object[][] columns = new Object[types.length][to - from];
            for (int i = from; i < to; i++) {
                Object[] row = rows.at(i);
                for (int c = 0; c < types.length; c++) {
                    columns[c][i - from] = row[c];
                }
            }
            jdbc.prepareStatement(sql, s -> {
                s.setLong(1, communityId);
                for (int c = 0; c < types.length; c++) {
                    s.setArray(c + 2, s.getConnection().createArrayOf(types[c], columns[c]));
                }
                return s.executeUpdate();
            });
        }
    }

    // ---- single writes ----

    /**
     * The registry's write lock, then the community's (the one an import takes): writes that add
     * holdings run one after the other registry-wide, so of two writers taking one free sensor or
     * delivery point in two communities, the second sees the first's.
     */
    @Override
    public void lockCommunity(String communityKey) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('registry:writes')), "
                + "pg_advisory_xact_lock(hashtext('community:' || ?))", s -> {
                    s.setString(1, communityKey);
                    return s.executeQuery().next();
                });
    }

    @Override
    public void saveMember(String communityKey, Member member) {
        long communityId = jdbc.prepareStatement("INSERT INTO community_member (community_id, key, user_id, did, name, type, role, "
                + "area, status) SELECT c.id, ?, ?, ?, ?, ?, ?, ?, ? FROM community c WHERE c.key = ? ON CONFLICT (community_id, key) "
                + "DO UPDATE SET user_id = EXCLUDED.user_id, did = EXCLUDED.did, name = EXCLUDED.name, type = EXCLUDED.type, "
                + "role = EXCLUDED.role, area = EXCLUDED.area, status = EXCLUDED.status RETURNING community_id", s -> {
                    s.setString(1, member.key());
                    s.setString(2, member.userId());
                    s.setString(3, member.did().orElse(null));
                    s.setString(4, member.name());
                    s.setString(5, member.type().orElse(null));
                    s.setString(6, member.role().wireName());
                    s.setString(7, member.area());
                    s.setString(8, member.status().wireName());
                    s.setString(9, communityKey);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        jdbc.prepareStatement("DELETE FROM delivery_point WHERE community_id = ? AND member_key = ?", s -> {
            s.setLong(1, communityId);
            s.setString(2, member.key());
            return s.executeUpdate();
        });
        insertPoints(communityId, List.of(member));
    }

    @Override
    public void saveAsset(String communityKey, CommunityAsset asset) {
        jdbc.prepareStatement("INSERT INTO community_asset (community_id, key, asset_type, name, owner, sensor_id, pod, properties, pod_key) "
                + "SELECT c.id, ?, ?, ?, ?, ?, ?, ?, ? FROM community c WHERE c.key = ? ON CONFLICT (community_id, key) DO UPDATE SET "
                + "asset_type = EXCLUDED.asset_type, name = EXCLUDED.name, owner = EXCLUDED.owner, sensor_id = EXCLUDED.sensor_id, "
                + "pod = EXCLUDED.pod, properties = EXCLUDED.properties, pod_key = EXCLUDED.pod_key", s -> {
                    s.setString(1, asset.key());
                    s.setString(2, asset.type().wireName());
                    s.setString(3, asset.name());
                    s.setString(4, asset.owner());
                    s.setString(5, asset.sensorId().orElse(null));
                    s.setString(6, asset.pod().orElse(null));
                    s.setString(7, json.write(asset.properties()));
                    s.setString(8, Holdings.podKey(asset).orElse(null));
                    s.setString(9, communityKey);
                    return s.executeUpdate();
                });
    }

    @Override
    public void removeAsset(String communityKey, String assetKey) {
        jdbc.prepareStatement("DELETE FROM community_asset a USING community c WHERE c.id = a.community_id AND c.key = ? "
                + "AND a.key = ?", s -> {
                    s.setString(1, communityKey);
                    s.setString(2, assetKey);
                    return s.executeUpdate();
                });
    }

    /** Its delivery points and assets go with it (the foreign keys cascade). */
    @Override
    public void removeMember(String communityKey, String memberKey) {
        jdbc.prepareStatement("DELETE FROM community_member m USING community c WHERE c.id = m.community_id AND c.key = ? "
                + "AND m.key = ?", s -> {
                    s.setString(1, communityKey);
                    s.setString(2, memberKey);
                    return s.executeUpdate();
                });
    }

    // ---- reading ----

    @Override
    public KeyPage<Registered<Community>> communities(Optional<String> key, KeyCursor cursor) {
        List<Registered<Community>> communities = communities("(?::text IS NULL OR c.key = ?) AND (?::text IS NULL OR c.key > ?) "
                + "ORDER BY c.key LIMIT ?", s -> {
                    s.setString(1, key.orElse(null));
                    s.setString(2, key.orElse(null));
                    s.setString(3, cursor.after().orElse(null));
                    s.setString(4, cursor.after().orElse(null));
                    s.setInt(5, cursor.limit());
                });
        return KeyPage.of(communities, cursor, c -> c.item().key());
    }

    @Override
    public Optional<Registered<Community>> community(String key) {
        return communities("c.key = ?", s -> s.setString(1, key)).stream().findFirst();
    }

    /** Communities matching a condition on {@code c}, each with its areas, read in one more query. */
    private List<Registered<Community>> communities(String where, Binder binder) {
        record CommunityRow(long id, String key, String name, String description, String settings, String details,
                            String metadata) {
        }
        List<CommunityRow> rows = query("SELECT c.id, c.key, c.name, c.description, c.settings, c.details, c.metadata "
                + "FROM community c WHERE " + where, binder, rs -> new CommunityRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Area>> areas = new HashMap<>();
        query("SELECT community_id, key, name, boundary_id, latitude, longitude FROM community_area WHERE community_id = ANY(?) "
                + "ORDER BY community_id, ordinal", s -> s.setArray(1, s.getConnection().createArrayOf("int8",
                rows.stream().map(CommunityRow::id).toArray())), rs -> areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new Area(rs.getString(2), rs.getString(3), rs.getString(4), new Coordinates(
                        Optional.ofNullable((Double) rs.getObject(5)), Optional.ofNullable((Double) rs.getObject(6))))));
        return rows.stream().map(r -> {
            Community community = new Community(r.key(), r.name(), Optional.ofNullable(r.description()),
                    areas.getOrDefault(r.id(), List.of()), Settings.of(json.readObject(r.settings())), json.read(r.details()),
                    json.read(r.metadata()));
            return new Registered<>(r.id(), new CommunityRef(r.id(), r.key(), r.name()), community);
        }).toList();
    }

    @Override
    public List<TopologyNode> topology(String community, int from, int limit) {
        return query("SELECT " + NODE + " FROM topology_node n JOIN community c ON c.id = n.community_id WHERE c.key = ? "
                + "AND n.ordinal >= ? ORDER BY n.ordinal LIMIT ?", s -> {
                    s.setString(1, community);
                    s.setInt(2, from);
                    s.setInt(3, limit);
                }, CommunitiesJdbcAdapter::node);
    }

    @Override
    public KeyPage<Registered<Member>> members(String community, MemberFilter filter, KeyCursor cursor) {
        List<Registered<Member>> members = members("c.key = ? AND (?::text IS NULL OR m.role = ?) AND (?::text IS NULL OR "
                + "m.status = ?) AND (?::text IS NULL OR m.area = ?) AND (?::text IS NULL OR m.key > ?) ORDER BY m.key LIMIT ?", s -> {
                    s.setString(1, community);
                    String role = filter.role().map(Member.Role::wireName).orElse(null);
                    String status = filter.status().map(Member.Status::wireName).orElse(null);
                    s.setString(2, role);
                    s.setString(3, role);
                    s.setString(4, status);
                    s.setString(5, status);
                    s.setString(6, filter.area().orElse(null));
                    s.setString(7, filter.area().orElse(null));
                    s.setString(8, cursor.after().orElse(null));
                    s.setString(9, cursor.after().orElse(null));
                    s.setInt(10, cursor.limit());
                });
        return KeyPage.of(members, cursor, m -> m.item().key());
    }

    @Override
    public Optional<Registered<Member>> member(String community, String memberKey) {
        return members("c.key = ? AND m.key = ?", s -> {
            s.setString(1, community);
            s.setString(2, memberKey);
        }).stream().findFirst();
    }

    @Override
    public List<Registered<Member>> membersByUserIds(Optional<String> community, Collection<String> userIds, boolean activeOnly) {
        return members("m.user_id = ANY(?) AND (?::text IS NULL OR c.key = ?) AND (NOT ? OR m.status = 'active') "
                + "ORDER BY c.key, m.key", s -> {
                    s.setArray(1, texts(s, userIds));
                    s.setString(2, community.orElse(null));
                    s.setString(3, community.orElse(null));
                    s.setBoolean(4, activeOnly);
                });
    }

    @Override
    public List<Registered<Member>> ownersOf(Collection<Registered<CommunityAsset>> assets) {
        if (assets.isEmpty()) {
            return List.of();
        }
        List<Long> communities = assets.stream().map(a -> a.community().id()).toList();
        List<String> owners = assets.stream().map(a -> a.item().owner()).toList();
        return members("(m.community_id, m.key) IN (SELECT * FROM unnest(?::bigint[], ?::text[])) ORDER BY c.key, m.key", s -> {
            s.setArray(1, s.getConnection().createArrayOf("int8", communities.toArray()));
            s.setArray(2, texts(s, owners));
        });
    }

    @Override
    public List<Registered<Member>> membersByDids(Collection<String> dids, boolean activeOnly) {
        return members("m.did = ANY(?) AND (NOT ? OR m.status = 'active') ORDER BY c.key, m.key", s -> {
            s.setArray(1, texts(s, dids));
            s.setBoolean(2, activeOnly);
        });
    }

    /** Members matching a condition on {@code m} and {@code c}, each with its delivery points, read in one more query. */
    private List<Registered<Member>> members(String where, Binder binder) {
        record MemberRow(long id, CommunityRef ref, String key, String userId, String did, String name, String type, String role,
                         String area, String status) {
        }
        List<MemberRow> rows = query("SELECT " + MEMBER + ", " + REF + " FROM community_member m JOIN community c "
                + "ON c.id = m.community_id WHERE " + where, binder, rs -> new MemberRow(rs.getLong("id"), ref(rs), rs.getString("key"),
                rs.getString("user_id"), rs.getString("did"), rs.getString("name"), rs.getString("type"), rs.getString("role"),
                rs.getString("area"), rs.getString("status")));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<DeliveryPoint>> points = new HashMap<>();
        query("SELECT " + POINT + ", p.community_id FROM delivery_point p WHERE (p.community_id, p.member_key) IN "
                + "(SELECT * FROM unnest(?::bigint[], ?::text[])) ORDER BY p.community_id, p.member_key, p.ordinal", s -> {
                    s.setArray(1, s.getConnection().createArrayOf("int8", rows.stream().map(r -> r.ref().id()).toArray()));
                    s.setArray(2, texts(s, rows.stream().map(MemberRow::key).toList()));
                }, rs -> points.computeIfAbsent(rs.getLong("community_id") + "/" + rs.getString("member_key"), k -> new ArrayList<>())
                .add(point(rs)));
        return rows.stream().map(r -> new Registered<>(r.id(), r.ref(), new Member(r.key(), r.userId(), Optional.ofNullable(r.did()),
                r.name(), Optional.ofNullable(r.type()), Member.parse(Member.Role.class, "role", r.role()), r.area(),
                Member.parse(Member.Status.class, "status", r.status()),
                points.getOrDefault(r.ref().id() + "/" + r.key(), List.of())))).toList();
    }

    @Override
    public KeyPage<Registered<HeldDeliveryPoint>> deliveryPoints(String community, DeliveryPointFilter filter, KeyCursor cursor) {
        List<Registered<HeldDeliveryPoint>> points = points("c.key = ? AND (?::text IS NULL OR p.type = ?) AND (?::bool IS NULL OR "
                + "p.active = ?) AND (?::text IS NULL OR p.point_id > ?) ORDER BY p.point_id LIMIT ?", false, s -> {
                    s.setString(1, community);
                    String type = filter.type().map(DeliveryPoint.Type::wireName).orElse(null);
                    s.setString(2, type);
                    s.setString(3, type);
                    s.setObject(4, filter.active().orElse(null), java.sql.Types.BOOLEAN);
                    s.setObject(5, filter.active().orElse(null), java.sql.Types.BOOLEAN);
                    s.setString(6, cursor.after().orElse(null));
                    s.setString(7, cursor.after().orElse(null));
                    s.setInt(8, cursor.limit());
                });
        return KeyPage.of(points, cursor, p -> p.item().point().id());
    }

    @Override
    public List<Registered<HeldDeliveryPoint>> deliveryPointsById(Optional<String> community, String deliveryPointId,
                                                                  boolean activeOnly) {
        return points("p.point_id = ? AND (?::text IS NULL OR c.key = ?) ORDER BY c.key", activeOnly, s -> {
            s.setString(1, deliveryPointId);
            s.setString(2, community.orElse(null));
            s.setString(3, community.orElse(null));
        });
    }

    private List<Registered<HeldDeliveryPoint>> points(String where, boolean activeOnly, Binder binder) {
        String holder = "JOIN community_member m ON m.community_id = p.community_id AND m.key = p.member_key "
                + (activeOnly ? "AND m.status = 'active' " : "");
        return query("SELECT " + POINT + ", m.name AS member_name, " + REF + " FROM delivery_point p JOIN community c "
                + "ON c.id = p.community_id " + holder + "WHERE " + where, binder, rs -> new Registered<>(rs.getLong("id"), ref(rs),
                new HeldDeliveryPoint(rs.getString("member_key"), rs.getString("member_name"), point(rs))));
    }

    @Override
    public KeyPage<Registered<CommunityAsset>> assets(String community, CommunityAssetFilter filter, KeyCursor cursor) {
        List<Registered<CommunityAsset>> assets = assets("c.key = ? AND (?::text IS NULL OR a.asset_type = ?) AND (?::text IS NULL "
                + "OR a.owner = ?) AND (?::text IS NULL OR a.key > ?) ORDER BY a.key LIMIT ?", false, s -> {
                    s.setString(1, community);
                    String type = filter.type().map(CommunityAsset.Type::wireName).orElse(null);
                    s.setString(2, type);
                    s.setString(3, type);
                    s.setString(4, filter.owner().orElse(null));
                    s.setString(5, filter.owner().orElse(null));
                    s.setString(6, cursor.after().orElse(null));
                    s.setString(7, cursor.after().orElse(null));
                    s.setInt(8, cursor.limit());
                });
        return KeyPage.of(assets, cursor, a -> a.item().key());
    }

    @Override
    public Optional<Registered<CommunityAsset>> asset(String community, String assetKey) {
        return assets("c.key = ? AND a.key = ?", false, s -> {
            s.setString(1, community);
            s.setString(2, assetKey);
        }).stream().findFirst();
    }

    @Override
    public List<Registered<CommunityAsset>> assetsBySensorIds(Optional<String> community, Collection<String> sensorIds,
                                                              boolean activeOwnersOnly) {
        return assets("a.sensor_id = ANY(?) AND (?::text IS NULL OR c.key = ?) ORDER BY c.key, a.key", activeOwnersOnly, s -> {
            s.setArray(1, texts(s, sensorIds));
            s.setString(2, community.orElse(null));
            s.setString(3, community.orElse(null));
        });
    }

    @Override
    public List<Registered<CommunityAsset>> assetsOfActiveUsers(Collection<String> userIds) {
        return assets("m.user_id = ANY(?) ORDER BY c.key, a.key", true, s -> s.setArray(1, texts(s, userIds)));
    }

    private List<Registered<CommunityAsset>> assets(String where, boolean activeOwnersOnly, Binder binder) {
        String owner = activeOwnersOnly ? "JOIN community_member m ON m.community_id = a.community_id AND m.key = a.owner "
                + "AND m.status = 'active' " : "";
        return query("SELECT " + ASSET + ", " + REF + " FROM community_asset a JOIN community c ON c.id = a.community_id " + owner
                + "WHERE " + where, binder, rs -> new Registered<>(rs.getLong("id"), ref(rs), asset(rs)));
    }

    @Override
    public List<String> communityKeys() {
        return query("SELECT key FROM community ORDER BY key", s -> { }, rs -> rs.getString(1));
    }

    @Override
    public Optional<CommunityRegister> register(String key) {
        Optional<Registered<Community>> community = community(key);
        if (community.isEmpty()) {
            return Optional.empty();
        }
        long id = community.get().id();
        List<TopologyNode> nodes = query("SELECT " + NODE + " FROM topology_node n WHERE n.community_id = ? ORDER BY n.ordinal",
                s -> s.setLong(1, id), CommunitiesJdbcAdapter::node);
        List<Member> members = members("m.community_id = ? ORDER BY m.key", s -> s.setLong(1, id)).stream()
                .map(Registered::item).toList();
        List<CommunityAsset> assets = assets("a.community_id = ? ORDER BY a.key", false, s -> s.setLong(1, id)).stream()
                .map(Registered::item).toList();
        GridTopology topology = GridTopology.of(nodes, community.get().item().areas().stream().map(Area::boundaryId)
                .collect(Collectors.toSet()));
        return Optional.of(new CommunityRegister(community.get().item(), topology, members, assets));
    }

    @Override
    public List<TopologyNode> pathToRoot(String community, String nodeId) {
        // each step carries the node's columns: joining the nodes again would make the planner expect thousands of rows
        return query("WITH RECURSIVE up AS (SELECT " + NODE + ", n.community_id, 0 AS depth FROM topology_node n "
                + "JOIN community c ON c.id = n.community_id WHERE c.key = ? AND n.id = ? UNION ALL SELECT " + NODE
                + ", n.community_id, up.depth + 1 FROM up JOIN topology_node n ON n.community_id = up.community_id "
                + "AND n.id = up.parent) SELECT * FROM up ORDER BY depth", s -> {
                    s.setString(1, community);
                    s.setString(2, nodeId);
                }, CommunitiesJdbcAdapter::node);
    }

    @Override
    public Optional<Downstream> downstream(String community, String nodeId) {
        Optional<Long> id = query("SELECT id FROM community WHERE key = ?", s -> s.setString(1, community), rs -> rs.getLong(1))
                .stream().findFirst();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        long communityId = id.get();
        List<TopologyNode> subtree = query("WITH RECURSIVE below AS (SELECT " + NODE + ", n.ordinal, 0 AS depth "
                + "FROM topology_node n WHERE n.community_id = ? AND n.id = ? UNION ALL SELECT " + NODE + ", n.ordinal, "
                + "below.depth + 1 FROM below JOIN topology_node n ON n.community_id = ? AND n.parent = below.id) "
                + "SELECT * FROM below ORDER BY depth, ordinal", s -> {
                    s.setLong(1, communityId);
                    s.setString(2, nodeId);
                    s.setLong(3, communityId);
                }, CommunitiesJdbcAdapter::node);
        if (subtree.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = subtree.stream().map(TopologyNode::id).toList();
        List<Registered<HeldDeliveryPoint>> points = points("p.community_id = ? AND p.topology_node = ANY(?) ORDER BY p.point_id", false,
                s -> {
                    s.setLong(1, communityId);
                    s.setArray(2, texts(s, ids));
                });
        // an asset sits at the delivery point it names (pod), else at its owner's only one
        List<String> pointIds = points.stream().map(p -> p.item().point().id()).toList();
        List<String> holders = points.stream().map(p -> p.item().memberKey()).distinct().toList();
        List<Registered<CommunityAsset>> assets = assets("a.community_id = ? AND (a.pod = ANY(?) OR (a.pod IS NULL AND a.owner = ANY(?) "
                + "AND (SELECT count(*) FROM delivery_point q WHERE q.community_id = a.community_id AND q.member_key = a.owner) = 1)) "
                + "ORDER BY a.key", false, s -> {
                    s.setLong(1, communityId);
                    s.setArray(2, texts(s, pointIds));
                    s.setArray(3, texts(s, holders));
                });
        return Optional.of(new Downstream(subtree.get(0), subtree.subList(1, subtree.size()), points, assets));
    }

    // ---- rows ----

    private static CommunityRef ref(ResultSet rs) throws SQLException {
        return new CommunityRef(rs.getLong("c_id"), rs.getString("c_key"), rs.getString("c_name"));
    }

    private static TopologyNode node(ResultSet rs) throws SQLException {
        return new TopologyNode(rs.getString("id"), TopologyNode.Type.of("type", rs.getString("type")), Optional.ofNullable(rs.getString("name")),
                Optional.ofNullable(rs.getString("operator_id")), Optional.ofNullable(rs.getString("parent")));
    }

    private static DeliveryPoint point(ResultSet rs) throws SQLException {
        return new DeliveryPoint(rs.getString("point_id"), DeliveryPoint.Type.of("type", rs.getString("type")),
                Optional.ofNullable(rs.getString("description")), Optional.ofNullable(rs.getString("address")),
                Optional.ofNullable(rs.getString("tariff")), rs.getBoolean("active"), Optional.ofNullable(rs.getString("topology_node")));
    }

    private CommunityAsset asset(ResultSet rs) throws SQLException {
        return new CommunityAsset(rs.getString("key"), CommunityAsset.Type.of("asset_type", rs.getString("asset_type")),
                rs.getString("name"), rs.getString("owner"), Optional.ofNullable(rs.getString("sensor_id")),
                json.read(rs.getString("properties")));
    }

    private static Array texts(PreparedStatement s, Collection<String> values) throws SQLException {
        return s.getConnection().createArrayOf("text", values.toArray());
    }


}
