package org.harambee.partners.organisations;

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
import java.util.function.Consumer;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.partners.OrganisationKind;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.internal.Where;
import org.harambee.system.Ids;
import org.harambee.system.RecordStreams;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations table. Names are unique ignoring case and repeated spaces ({@code search_name}). */
@Repository
public class OrganisationRecords {

    static final String REF_COLUMNS = "id, name, short_name, kind, active";
    private static final String COLUMNS = REF_COLUMNS + ", level_depth, country_pcode, contact_name, contact_email,"
            + " contact_phone, website, created_at, updated_at";

    /** What a user enters about an organisation, checked. */
    record Details(
            String name,
            String shortName,
            OrganisationKind kind,
            String country,
            Integer level,
            String contactName,
            String contactEmail,
            String contactPhone,
            String website) {}

    record Row(UUID id, Details details, boolean active, Instant createdAt, Instant updatedAt) {}

    private final JdbcClient jdbc;

    OrganisationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String searchName(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public Optional<OrganisationRef> ref(UUID id) {
        return jdbc.sql("select " + REF_COLUMNS + " from partner_organisation where id = ?")
                .param(id)
                .query(OrganisationRecords::ref)
                .optional();
    }

    public List<OrganisationRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + REF_COLUMNS + " from partner_organisation where id in (:ids) order by name")
                .param("ids", ids)
                .query(OrganisationRecords::ref)
                .list();
    }

    /** Every active organisation by name, for choosing one in a form. */
    public List<OrganisationRef> active() {
        return jdbc.sql("select " + REF_COLUMNS + " from partner_organisation where active = true order by search_name")
                .query(OrganisationRecords::ref)
                .list();
    }

    /** Every organisation, active or not, for finding one by name or short name. */
    public List<OrganisationRef> allRefs() {
        return jdbc.sql("select " + REF_COLUMNS + " from partner_organisation order by search_name")
                .query(OrganisationRecords::ref)
                .list();
    }

    /** The organisations of these names (as {@link #searchName} folds them), 500 names a query. */
    List<Row> named(Collection<String> searchNames) {
        List<String> all = List.copyOf(searchNames);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            rows.addAll(jdbc.sql("select " + COLUMNS + " from partner_organisation where search_name in (:names)")
                    .param("names", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(OrganisationRecords::row)
                    .list());
        }
        return rows;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partner_organisation where id = ?")
                .param(id)
                .query(OrganisationRecords::row)
                .optional();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from partner_organisation where search_name = ? and id <> ?")
                        .params(searchName(name), except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    UUID insert(Details d) {
        UUID id = Ids.newId();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "insert into partner_organisation (id, name, search_name, short_name, kind, level_depth, country_pcode,"
                                + " contact_name, contact_email, contact_phone, website, active, created_at, updated_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)")
                .params(
                        id,
                        d.name(),
                        searchName(d.name()),
                        d.shortName(),
                        d.kind().name(),
                        d.level(),
                        d.country())
                .params(d.contactName(), d.contactEmail(), d.contactPhone(), d.website(), now, now)
                .update();
        searchWords(id, d.name(), d.shortName());
        return id;
    }

    void update(UUID id, Details d) {
        jdbc.sql("update partner_organisation set name = ?, search_name = ?, short_name = ?, kind = ?, level_depth = ?,"
                        + " country_pcode = ?, contact_name = ?, contact_email = ?, contact_phone = ?, website = ?,"
                        + " updated_at = ? where id = ?")
                .params(d.name(), searchName(d.name()), d.shortName(), d.kind().name(), d.level(), d.country())
                .params(d.contactName(), d.contactEmail(), d.contactPhone(), d.website())
                .params(Timestamp.from(Instant.now()), id)
                .update();
        searchWords(id, d.name(), d.shortName());
    }

    void setActive(UUID id, boolean active) {
        jdbc.sql("update partner_organisation set active = ?, updated_at = ? where id = ?")
                .params(active, Timestamp.from(Instant.now()), id)
                .update();
    }

    /** By name; {@code q} found anywhere in the name or short name, ignoring case. */
    List<Row> search(String q, OrganisationKind kind, Boolean active, int page, int size) {
        return search(q, kind, active, null, page, size);
    }

    List<Row> search(String q, OrganisationKind kind, Boolean active, String sort, int page, int size) {
        Where where = filter(q, kind, active);
        return jdbc.sql("select " + COLUMNS + " from partner_organisation" + where.sql() + " order by "
                        + SORTS.getOrDefault(sort == null ? "name" : sort, SORTS.get("name"))
                        + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(OrganisationRecords::row)
                .list();
    }

    /** The orders a listing may take, by the name a request gives: by name unless asked. */
    static final Map<String, String> SORTS = Map.of(
            "name", "search_name, id",
            "kind", "kind, search_name, id",
            "updated", "updated_at desc, id");

    /** The rows of a listing for an export, in {@code sort}'s order (by name when null), in batches. */
    void each(
            String q,
            OrganisationKind kind,
            Boolean active,
            String sort,
            RecordStreams streams,
            Consumer<List<Row>> batch) {
        Where where = filter(q, kind, active);
        streams.inBatches(
                "select " + COLUMNS + " from partner_organisation" + where.sql() + " order by "
                        + SORTS.getOrDefault(sort == null ? "name" : sort, SORTS.get("name")),
                where.params(),
                OrganisationRecords::row,
                batch);
    }

    /** A place where an organisation works today, in a sector, for the list's file. */
    record Present(UUID organisationId, UUID unitId, String sector) {}

    /** Where each of these organisations works today inside {@code scope}, by place. */
    List<Present> presentToday(Collection<UUID> ids, Scope scope, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String within = UnitPaths.within(scope, "unit_path", "scope", params);
        return jdbc.sql("select organisation_id, unit_id, sector from partner_presence where organisation_id in (:ids)"
                        + " and start_date <= :today and (end_date is null or end_date >= :today) and " + within
                        + " order by unit_path, sector")
                .params(params)
                .param("ids", ids)
                .param("today", today)
                .query((rs, i) ->
                        new Present(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }

    long count(String q, OrganisationKind kind, Boolean active) {
        Where where = filter(q, kind, active);
        return jdbc.sql("select count(*) from partner_organisation" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private static Where filter(String q, OrganisationKind kind, Boolean active) {
        Where where = new Where();
        if (q != null && !q.isBlank()) {
            where.and(
                    "(search_name like :q escape '\\' or lower(short_name) like :q escape '\\')",
                    "q",
                    Where.containing(q));
        }
        if (kind != null) {
            where.and("kind = :kind", "kind", kind.name());
        }
        if (active != null) {
            where.and("active = :active", "active", active);
        }
        return where;
    }

    public static OrganisationRef ref(ResultSet rs, int i) throws SQLException {
        return new OrganisationRef(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("short_name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                new Details(
                        rs.getString("name"),
                        rs.getString("short_name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("country_pcode"),
                        rs.getObject("level_depth", Integer.class),
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone"),
                        rs.getString("website")),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The folded words of the name, for the search box ({@link SearchTerms#words}). */
    private void searchWords(UUID id, String... names) {
        jdbc.sql("update partner_organisation set search_words = ? where id = ?")
                .params(SearchTerms.words(names), id)
                .update();
    }
}
