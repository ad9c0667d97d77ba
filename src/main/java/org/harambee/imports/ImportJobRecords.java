package org.harambee.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.system.ImportCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of import jobs. Its updates during a run are made outside the import's own transaction, so that progress
 * is seen on every node while the import is still writing.
 */
@Repository
class ImportJobRecords {

    private static final String COLUMNS = "id, kind, file_name, format, status, phase, total, processed, created_count,"
            + " updated_count, unchanged_count, problem_count, problems, created_by, created_at, started_at,"
            + " finished_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, String kind, String fileName, String format, String user, String node) {
        jdbc.sql("insert into imports_job (id, kind, file_name, format, status, phase, created_by, node, created_at)"
                        + " values (?, ?, ?, ?, 'QUEUED', 'WAITING', ?, ?, ?)")
                .params(id, kind, fileName, format, user, node, Timestamp.from(Instant.now()))
                .update();
    }

    void start(UUID id) {
        jdbc.sql("update imports_job set status = 'RUNNING', phase = 'READING', started_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), id)
                .update();
    }

    void phase(UUID id, ImportJob.Phase phase, int total) {
        jdbc.sql("update imports_job set phase = ?, total = ? where id = ?")
                .params(phase.name(), total, id)
                .update();
    }

    void progress(UUID id, int processed) {
        jdbc.sql("update imports_job set processed = ? where id = ?")
                .params(processed, id)
                .update();
    }

    void succeed(UUID id, ImportCounts counts) {
        jdbc.sql("update imports_job set status = 'SUCCEEDED', phase = 'DONE', processed = total, created_count = ?,"
                        + " updated_count = ?, unchanged_count = ?, finished_at = ? where id = ?")
                .params(counts.created(), counts.updated(), counts.unchanged(), Timestamp.from(Instant.now()), id)
                .update();
    }

    void stop(UUID id, ImportJob.Status status, ImportProblems problems) {
        jdbc.sql("update imports_job set status = ?, phase = 'DONE', problem_count = ?, problems = ?, finished_at = ?"
                        + " where id = ?")
                .params(
                        status.name(),
                        problems.count(),
                        json.writeValueAsString(problems.list()),
                        Timestamp.from(Instant.now()),
                        id)
                .update();
    }

    /** The jobs queued or running on any node. */
    Set<UUID> unfinished() {
        return new HashSet<>(jdbc.sql("select id from imports_job where status in ('QUEUED', 'RUNNING')")
                .query(UUID.class)
                .list());
    }

    /** Fails the jobs this node had under way when it stopped: nobody will finish them. */
    int failInterrupted(String node) {
        ImportProblems interrupted = new ImportProblems();
        interrupted.add(0, null, "recordImports.interrupted");
        return jdbc.sql("update imports_job set status = 'FAILED', phase = 'DONE', problem_count = 1, problems = ?,"
                        + " finished_at = ? where node = ? and status in ('QUEUED', 'RUNNING')")
                .params(json.writeValueAsString(interrupted.list()), Timestamp.from(Instant.now()), node)
                .update();
    }

    Optional<ImportJob> find(UUID id, Function<ImportProblems.Stored, ImportJob.Problem> render) {
        return jdbc.sql("select " + COLUMNS + " from imports_job where id = ?")
                .param(id)
                .query((rs, i) -> job(rs, render))
                .optional();
    }

    /** The latest jobs of a kind: everyone's when {@code user} is null, else the user's own. */
    List<ImportJob> recent(
            String kind, String user, int limit, Function<ImportProblems.Stored, ImportJob.Problem> render) {
        return jdbc.sql("select " + COLUMNS + " from imports_job where kind = :kind"
                        + (user == null ? "" : " and created_by = :user")
                        + " order by created_at desc limit :limit")
                .param("kind", kind)
                .param("user", user)
                .param("limit", limit)
                .query((rs, i) -> job(rs, render))
                .list();
    }

    private ImportJob job(ResultSet rs, Function<ImportProblems.Stored, ImportJob.Problem> render) throws SQLException {
        String problems = rs.getString("problems");
        List<ImportProblems.Stored> stored = problems == null
                ? List.of()
                : json.readValue(problems, new TypeReference<List<ImportProblems.Stored>>() {});
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getString("format"),
                ImportJob.Status.valueOf(rs.getString("status")),
                ImportJob.Phase.valueOf(rs.getString("phase")),
                rs.getInt("total"),
                rs.getInt("processed"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("unchanged_count"),
                rs.getInt("problem_count"),
                stored.stream().map(render).toList(),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
