package org.harambee.communities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.CommunityRegistered;
import org.harambee.communities.Origin;
import org.harambee.communities.Phase;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The community table. Subtrees and scopes are ranges on {@code unit_path}. */
@Repository
public class CommunityRecords {

    static final String COLUMNS = "id, name, unit_id, unit_path, population_total, population_children,"
            + " partner_id, origin, source_community_id, current_phase, phase_since, request_status, requested_on,"
            + " request_decided_on, request_decided_by, decline_reason, created_by, created_at, updated_at";

    public record Row(
            UUID id,
            String name,
            UUID unitId,
            String unitPath,
            Long populationTotal,
            Long populationChildren,
            UUID partnerId,
            Origin origin,
            UUID sourceCommunityId,
            Phase currentPhase,
            LocalDate phaseSince,
            RequestStatus requestStatus,
            LocalDate requestedOn,
            LocalDate requestDecidedOn,
            String requestDecidedBy,
            String declineReason,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {

        public CommunityRef ref() {
            return new CommunityRef(id, name, unitId, unitPath, currentPhase, phaseSince);
        }
    }

    /** What is written of a community (everything but its phase and request). */
    public record Details(
            String name,
            UUID unitId,
            String unitPath,
            Long populationTotal,
            Long populationChildren,
            UUID partnerId,
            Origin origin,
            UUID sourceCommunityId) {

        /** The community with these details, in the phase it is in. */
        public CommunityRef ref(UUID id, Phase phase, LocalDate since) {
            return new CommunityRef(id, name, unitId, unitPath, phase, since);
        }

        /** The event of a community with these details registered on {@code day}. */
        public CommunityRegistered registered(UUID id, LocalDate day) {
            return new CommunityRegistered(id, unitId, unitPath, origin, sourceCommunityId, partnerId, day);
        }
    }

    /** A new community as {@link #insert} writes it: its id, details and request (for one that asked to start). */
    public record NewCommunity(UUID id, Details details, RequestStatus request, LocalDate requestedOn) {}

    private static final String INSERT = "insert into community (id, name, search_name, unit_id, unit_path,"
            + " population_total, population_children, partner_id, origin, source_community_id, request_status,"
            + " requested_on, created_by, created_at, updated_at, search_words)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CommunityRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from community where id = ?")
                .param(id)
                .query(CommunityRecords::row)
                .optional();
    }

    /** The community, its row locked until the transaction ends, so that its phases are written one at a time. */
    public Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from community where id = ? for update")
                .param(id)
                .query(CommunityRecords::row)
                .optional();
    }

    public List<Row> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from community where id in (:ids) order by name")
                .param("ids", ids)
                .query(CommunityRecords::row)
                .list();
    }

    /** The communities at these units (an import's natural keys), 500 units a query. */
    public List<Row> atUnits(Collection<UUID> unitIds) {
        List<UUID> all = List.copyOf(unitIds);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            rows.addAll(jdbc.sql("select " + COLUMNS + " from community where unit_id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(CommunityRecords::row)
                    .list());
        }
        return rows;
    }

    /** The communities of these names (as {@link #searchName} folds them), wherever they are. */
    public List<Row> named(Collection<String> searchNames) {
        if (searchNames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from community where search_name in (:names)")
                .param("names", searchNames)
                .query(CommunityRecords::row)
                .list();
    }

    /** The organisations that support some community inside the scope. */
    List<UUID> partnerIds(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select distinct partner_id from community where partner_id is not null and "
                        + UnitPaths.within(scope, "unit_path", "scope", params))
                .params(params)
                .query(UUID.class)
                .list();
    }

    public boolean nameTaken(UUID unitId, String name, UUID except) {
        return jdbc.sql("select count(*) from community where unit_id = ? and search_name = ? and id <> ?")
                        .params(unitId, searchName(name), except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(UUID id, Details d, RequestStatus request, LocalDate requestedOn, String user, Instant now) {
        jdbc.sql(INSERT)
                .params(values(new NewCommunity(id, d, request, requestedOn), user, Timestamp.from(now)))
                .update();
    }

    /**
     * Inserts new communities with their search words as one JDBC batch (an import's batch, decision 0040): the same
     * rows as {@link #insert} one at a time.
     */
    public void insertAll(List<NewCommunity> communities, String user, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>(communities.size());
        for (NewCommunity community : communities) {
            rows.add(values(community, user, at));
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(INSERT, rows);
        }
    }

    private static Object[] values(NewCommunity community, String user, Timestamp at) {
        Details d = community.details();
        return new Object[] {
            community.id(),
            d.name(),
            searchName(d.name()),
            d.unitId(),
            d.unitPath(),
            d.populationTotal(),
            d.populationChildren(),
            d.partnerId(),
            d.origin().name(),
            d.sourceCommunityId(),
            community.request() == null ? null : community.request().name(),
            community.requestedOn(),
            user,
            at,
            at,
            SearchTerms.words(d.name())
        };
    }

    public void update(UUID id, Details d, Instant now) {
        jdbc.sql("update community set name = ?, search_name = ?, unit_id = ?, unit_path = ?, population_total = ?,"
                        + " population_children = ?, partner_id = ?, origin = ?, source_community_id = ?,"
                        + " updated_at = ? where id = ?")
                .params(
                        d.name(),
                        searchName(d.name()),
                        d.unitId(),
                        d.unitPath(),
                        d.populationTotal(),
                        d.populationChildren(),
                        d.partnerId(),
                        d.origin().name(),
                        d.sourceCommunityId(),
                        Timestamp.from(now),
                        id)
                .update();
        searchWords(id, d.name());
    }

    public void setCurrentPhase(UUID id, Phase phase, LocalDate since, Instant now) {
        jdbc.sql("update community set current_phase = ?, phase_since = ?, updated_at = ? where id = ?")
                .params(phase.name(), since, Timestamp.from(now), id)
                .update();
    }

    public void setRequest(UUID id, RequestStatus status, LocalDate on, String by, String reason, Instant now) {
        jdbc.sql("update community set request_status = ?, request_decided_on = ?, request_decided_by = ?,"
                        + " decline_reason = ?, updated_at = ? where id = ?")
                .params(status == null ? null : status.name(), on, by, reason, Timestamp.from(now), id)
                .update();
    }

    /** Puts a community that has not started in the backlog, unless a request of it is already there or decided. */
    public int markRequested(UUID id, LocalDate on, Instant now) {
        return jdbc.sql("update community set request_status = 'REQUESTED', requested_on = ?, updated_at = ?"
                        + " where id = ? and request_status is null and current_phase is null")
                .params(on, Timestamp.from(now), id)
                .update();
    }

    /** Rewrites the paths of the communities under a moved unit. */
    int moveSubtree(String oldPath, String newPath) {
        Map<String, Object> params = new HashMap<>();
        String range = UnitPaths.range("unit_path", "old", oldPath, params);
        return jdbc.sql("update community set unit_path = :newPath || substring(unit_path, :cut) where " + range)
                .params(params)
                .param("newPath", newPath)
                .param("cut", oldPath.length() + 1)
                .update();
    }

    public static String searchName(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static Row row(ResultSet rs, int i) throws SQLException {
        String phase = rs.getString("current_phase");
        String request = rs.getString("request_status");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getObject("population_total", Long.class),
                rs.getObject("population_children", Long.class),
                rs.getObject("partner_id", UUID.class),
                Origin.valueOf(rs.getString("origin")),
                rs.getObject("source_community_id", UUID.class),
                phase == null ? null : Phase.valueOf(phase),
                rs.getObject("phase_since", LocalDate.class),
                request == null ? null : RequestStatus.valueOf(request),
                rs.getObject("requested_on", LocalDate.class),
                rs.getObject("request_decided_on", LocalDate.class),
                rs.getString("request_decided_by"),
                rs.getString("decline_reason"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The folded words of the name, for the search box ({@link SearchTerms#words}). */
    private void searchWords(UUID id, String... names) {
        jdbc.sql("update community set search_words = ? where id = ?")
                .params(SearchTerms.words(names), id)
                .update();
    }
}
