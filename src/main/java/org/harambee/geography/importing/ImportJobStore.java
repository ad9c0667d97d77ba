package org.harambee.geography.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import job table. Its updates run outside the import's own transaction (each in its own), so that progress is
 * visible to every node while the import is still writing.
 */
@Repository
class ImportJobStore {

    /** A problem as stored: its message key and arguments, rendered in the reader's language when read. */
    record StoredProblem(String sheet, int line, String code, List<Object> args) {}

    private static final String COLUMNS = "id, file_name, kind, format, status, phase, total, processed, created_count,"
            + " updated_count, moved_count, unchanged_count, problem_count, problems, created_by, created_at,"
            + " started_at, finished_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, String fileName, String user, String node, ImportKind kind) {
        jdbc.sql("insert into geo_import_job (id, file_name, kind, status, phase, created_by, node, created_at)"
                        + " values (?, ?, ?, 'QUEUED', 'WAITING', ?, ?, ?)")
                .params(id, fileName, kind.name(), user, node, Timestamp.from(Instant.now()))
                .update();
    }

    void start(UUID id) {
        jdbc.sql("update geo_import_job set status = 'RUNNING', phase = 'READING', started_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), id)
                .update();
    }

    void phase(UUID id, ImportJob.Phase phase, String format, int total) {
        jdbc.sql("update geo_import_job set phase = ?, format = ?, total = ? where id = ?")
                .params(phase.name(), format, total, id)
                .update();
    }

    void progress(UUID id, int processed) {
        jdbc.sql("update geo_import_job set processed = ? where id = ?")
                .params(processed, id)
                .update();
    }

    void succeed(UUID id, UnitWriter.Outcome outcome) {
        jdbc.sql("update geo_import_job set status = 'SUCCEEDED', phase = 'DONE', processed = total,"
                        + " created_count = ?, updated_count = ?, moved_count = ?, unchanged_count = ?, finished_at = ?"
                        + " where id = ?")
                .params(
                        outcome.created(),
                        outcome.updated(),
                        outcome.moved(),
                        outcome.unchanged(),
                        Timestamp.from(Instant.now()),
                        id)
                .update();
    }

    void stop(UUID id, ImportJob.Status status, List<ImportProblem> problems) {
        List<StoredProblem> stored = problems.stream()
                .map(p -> new StoredProblem(p.sheet(), p.line(), p.code(), p.args()))
                .toList();
        jdbc.sql("update geo_import_job set status = ?, phase = 'DONE', problem_count = ?, problems = ?,"
                        + " finished_at = ? where id = ?")
                .params(
                        status.name(),
                        problems.size(),
                        json.writeValueAsString(stored),
                        Timestamp.from(Instant.now()),
                        id)
                .update();
    }

    /** Jobs this node had under way when it stopped: nobody will finish them. */
    /** The jobs queued or running on any node. */
    Set<UUID> unfinished() {
        return new HashSet<>(jdbc.sql("select id from geo_import_job where status in ('QUEUED', 'RUNNING')")
                .query(UUID.class)
                .list());
    }

    int failInterrupted(String node) {
        return jdbc.sql("update geo_import_job set status = 'FAILED', phase = 'DONE', problem_count = 1,"
                        + " problems = ?, finished_at = ? where node = ? and status in ('QUEUED', 'RUNNING')")
                .params(
                        json.writeValueAsString(List.of(new StoredProblem(null, 0, "imports.interrupted", List.of()))),
                        Timestamp.from(Instant.now()),
                        node)
                .update();
    }

    Optional<ImportJob> find(UUID id, Function<StoredProblem, ImportJob.Problem> render) {
        return jdbc.sql("select " + COLUMNS + " from geo_import_job where id = ?")
                .param(id)
                .query((rs, i) -> job(rs, render))
                .optional();
    }

    List<ImportJob> recent(int limit, Function<StoredProblem, ImportJob.Problem> render) {
        return jdbc.sql("select " + COLUMNS + " from geo_import_job order by created_at desc limit ?")
                .param(limit)
                .query((rs, i) -> job(rs, render))
                .list();
    }

    private ImportJob job(ResultSet rs, Function<StoredProblem, ImportJob.Problem> render) throws SQLException {
        String problems = rs.getString("problems");
        List<StoredProblem> stored =
                problems == null ? List.of() : json.readValue(problems, new TypeReference<List<StoredProblem>>() {});
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getString("format"),
                ImportJob.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                ImportJob.Phase.valueOf(rs.getString("phase").toUpperCase(Locale.ROOT)),
                rs.getInt("total"),
                rs.getInt("processed"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("moved_count"),
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
