package org.harambee.communities.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.communities.Phase;
import org.harambee.system.RecordStreams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Listings of the community table: a subtree, a phase, a partner, a cluster, a set of communities, the start of a name,
 * in a chosen order; paged for a page, in batches for a file, with the last meeting of each row.
 */
@Repository
public class CommunityListings {

    /** What a listing asks for: a subtree, a phase (or not started), a partner, the start of a name. */
    public record Filter(
            String areaPath,
            Phase phase,
            boolean notStarted,
            UUID partnerId,
            String q,
            UUID clusterId,
            Set<UUID> communityIds,
            String sort) {

        public Filter(String areaPath, Phase phase, boolean notStarted, UUID partnerId, String q) {
            this(areaPath, phase, notStarted, partnerId, q, null, null, null);
        }
    }

    /** The orders a listing may take, by the name a request gives: by name unless asked. */
    public static final Map<String, String> SORTS = Map.of(
            "name", "search_name, id",
            "phase", "case when current_phase is null then 1 else 0 end, current_phase, search_name, id",
            "since", "case when phase_since is null then 1 else 0 end, phase_since desc, search_name, id",
            "updated", "updated_at desc, id");

    private final JdbcClient jdbc;

    CommunityListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommunityRecords.Row> list(Filter filter, Scope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params);
        return jdbc.sql("select " + CommunityRecords.COLUMNS + " from community where " + where + " order by "
                        + order(filter) + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(CommunityRecords::row)
                .list();
    }

    long count(Filter filter, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params);
        return jdbc.sql("select count(*) from community where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Communities that asked to start and wait for a decision, oldest request first. */
    public List<CommunityRecords.Row> backlog(String areaPath, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(new Filter(areaPath, null, false, null, null), scope, params);
        return jdbc.sql("select " + CommunityRecords.COLUMNS + " from community where " + where
                        + " and request_status = 'REQUESTED' order by requested_on, search_name, id")
                .params(params)
                .query(CommunityRecords::row)
                .list();
    }

    /** The rows of a listing for an export, without a limit, in batches (see {@link RecordStreams#inBatches}). */
    public void each(Filter filter, Scope scope, RecordStreams streams, Consumer<List<CommunityRecords.Row>> batch) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params);
        streams.inBatches(
                "select " + CommunityRecords.COLUMNS + " from community where " + where + " order by " + order(filter),
                params,
                CommunityRecords::row,
                batch);
    }

    /** The day of the latest meeting held by each of these communities, for those that held one. */
    public Map<UUID, LocalDate> lastMeetings(Collection<UUID> ids) {
        Map<UUID, LocalDate> days = new HashMap<>();
        if (ids.isEmpty()) {
            return days;
        }
        jdbc.sql("select community_id, max(held_on) from community_meeting where community_id in (:ids)"
                        + " group by community_id")
                .param("ids", ids)
                .query(rs -> {
                    days.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return days;
    }

    private static String order(Filter filter) {
        return SORTS.getOrDefault(filter.sort() == null ? "name" : filter.sort(), SORTS.get("name"));
    }

    private static String where(Filter filter, Scope scope, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add(UnitPaths.within(scope, "unit_path", "scope", params));
        if (filter.areaPath() != null) {
            clauses.add(UnitPaths.range("unit_path", "area", filter.areaPath(), params));
        }
        if (filter.notStarted()) {
            clauses.add("current_phase is null");
        } else if (filter.phase() != null) {
            clauses.add("current_phase = :phase");
            params.put("phase", filter.phase().name());
        }
        if (filter.partnerId() != null) {
            clauses.add("partner_id = :partner");
            params.put("partner", filter.partnerId());
        }
        if (filter.clusterId() != null) {
            clauses.add("exists (select 1 from community_cluster_member m where m.community_id = community.id"
                    + " and m.cluster_id = :cluster)");
            params.put("cluster", filter.clusterId());
        }
        if (filter.communityIds() != null) {
            if (filter.communityIds().isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add("id in (:communityIds)");
                params.put("communityIds", filter.communityIds());
            }
        }
        if (filter.q() != null) {
            String q = filter.q().toLowerCase(Locale.ROOT);
            clauses.add("search_name >= :qFrom and search_name < :qTo");
            params.put("qFrom", q);
            params.put("qTo", UnitPaths.end(q));
        }
        return String.join(" and ", clauses);
    }
}
