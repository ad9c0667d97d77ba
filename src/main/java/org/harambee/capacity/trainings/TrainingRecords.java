package org.harambee.capacity.trainings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.system.RecordStreams;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trainings, the competencies they cover and their participants. */
@Repository
class TrainingRecords {

    private static final String COLUMNS = "id, title, starts_on, ends_on, unit_id, unit_path, venue, trainer_org_id,"
            + " status, assessed, pass_mark, created_by, created_at";

    record Row(
            UUID id,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            UUID unitId,
            String unitPath,
            String venue,
            UUID trainerOrgId,
            TrainingStatus status,
            boolean assessed,
            int passMark,
            String createdBy,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row r, List<UUID> competencies) {
        Timestamp now = Timestamp.from(r.createdAt());
        jdbc.sql("insert into capacity_training (" + COLUMNS + ", updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.title(),
                        r.startsOn(),
                        r.endsOn(),
                        r.unitId(),
                        r.unitPath(),
                        r.venue(),
                        r.trainerOrgId(),
                        r.status().name(),
                        r.assessed(),
                        r.passMark(),
                        r.createdBy(),
                        now,
                        now)
                .update();
        competencies(r.id(), competencies);
        searchWords(r.id(), r.title());
    }

    void update(Row r, List<UUID> competencies) {
        jdbc.sql("update capacity_training set title = ?, starts_on = ?, ends_on = ?, unit_id = ?, unit_path = ?,"
                        + " venue = ?, trainer_org_id = ?, status = ?, assessed = ?, pass_mark = ?, updated_at = ?"
                        + " where id = ?")
                .params(
                        r.title(),
                        r.startsOn(),
                        r.endsOn(),
                        r.unitId(),
                        r.unitPath(),
                        r.venue(),
                        r.trainerOrgId(),
                        r.status().name(),
                        r.assessed(),
                        r.passMark(),
                        Timestamp.from(Instant.now()),
                        r.id())
                .update();
        jdbc.sql("delete from capacity_training_competency where training_id = ?")
                .param(r.id())
                .update();
        competencies(r.id(), competencies);
        searchWords(r.id(), r.title());
    }

    private void competencies(UUID training, List<UUID> competencies) {
        competencies.forEach(
                c -> jdbc.sql("insert into capacity_training_competency (training_id, competency_id) values (?, ?)")
                        .params(training, c)
                        .update());
    }

    /** The training, its row locked so that two writers of its participants take turns. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from capacity_training where id = ? for update")
                .param(id)
                .query(TrainingRecords::row)
                .optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from capacity_training where id = ?")
                .param(id)
                .query(TrainingRecords::row)
                .optional();
    }

    /** The trainings with one of these titles, compared case folded ({@code titles} folded so), for an import. */
    List<Row> titled(Collection<String> titles) {
        List<String> all = List.copyOf(titles);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            rows.addAll(jdbc.sql("select " + COLUMNS + " from capacity_training where lower(title) in (:titles)")
                    .param("titles", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(TrainingRecords::row)
                    .list());
        }
        return rows;
    }

    /** The orders a listing may take, by the name a request gives: newest first unless asked. */
    static final Map<String, String> SORTS = Map.of(
            "starts", "starts_on desc, created_at desc, id",
            "title", "lower(title), starts_on desc, id");

    /** Trainings inside the scope (and the subtree at {@code areaPath} when given), newest first. */
    List<Row> list(Scope scope, String areaPath, TrainingStatus status, int page, int size) {
        return list(scope, areaPath, status, null, page, size);
    }

    /** The same, in the order {@code sort} names (one of {@link #SORTS}, newest first when null). */
    List<Row> list(Scope scope, String areaPath, TrainingStatus status, String sort, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from capacity_training where " + where(scope, areaPath, status, params)
                        + " order by " + order(sort) + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(TrainingRecords::row)
                .list();
    }

    /** The rows of a listing for an export, without a limit, in batches (see {@link RecordStreams#inBatches}). */
    void each(
            Scope scope,
            String areaPath,
            TrainingStatus status,
            String sort,
            RecordStreams streams,
            Consumer<List<Row>> batch) {
        Map<String, Object> params = new HashMap<>();
        streams.inBatches(
                "select " + COLUMNS + " from capacity_training where " + where(scope, areaPath, status, params)
                        + " order by " + order(sort),
                params,
                TrainingRecords::row,
                batch);
    }

    /** The competency codes of each of these trainings, in the competencies' order. */
    Map<UUID, List<String>> competencyCodes(Collection<UUID> trainings) {
        Map<UUID, List<String>> codes = new HashMap<>();
        if (trainings.isEmpty()) {
            return codes;
        }
        jdbc.sql("select tc.training_id, c.code from capacity_training_competency tc join capacity_competency c"
                        + " on c.id = tc.competency_id where tc.training_id in (:ids) order by c.position, c.code")
                .param("ids", trainings)
                .query(rs -> {
                    codes.computeIfAbsent(rs.getObject(1, UUID.class), t -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return codes;
    }

    /** How many participants each of these trainings has, for those that have any. */
    Map<UUID, Long> participantCounts(Collection<UUID> trainings) {
        Map<UUID, Long> counts = new HashMap<>();
        if (trainings.isEmpty()) {
            return counts;
        }
        jdbc.sql("select training_id, count(*) from capacity_participant where training_id in (:ids)"
                        + " group by training_id")
                .param("ids", trainings)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    private static String order(String sort) {
        return SORTS.getOrDefault(sort == null ? "starts" : sort, SORTS.get("starts"));
    }

    private static String where(Scope scope, String areaPath, TrainingStatus status, Map<String, Object> params) {
        String where = UnitPaths.within(scope, "unit_path", "within", params);
        if (areaPath != null) {
            where += " and " + UnitPaths.range("unit_path", "area", areaPath, params);
        }
        if (status != null) {
            where += " and status = :status";
            params.put("status", status.name());
        }
        return where;
    }

    List<String> competencyCodes(UUID training) {
        return jdbc.sql("select c.code from capacity_training_competency tc join capacity_competency c"
                        + " on c.id = tc.competency_id where tc.training_id = ? order by c.position, c.code")
                .param(training)
                .query(String.class)
                .list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getString("venue"),
                rs.getObject("trainer_org_id", UUID.class),
                TrainingStatus.valueOf(rs.getString("status")),
                rs.getBoolean("assessed"),
                rs.getInt("pass_mark"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** The folded words of the name, for the search box ({@link SearchTerms#words}). */
    private void searchWords(UUID id, String... names) {
        jdbc.sql("update capacity_training set search_words = ? where id = ?")
                .params(SearchTerms.words(names), id)
                .update();
    }
}
