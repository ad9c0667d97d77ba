package org.harambee.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportRecord;
import org.harambee.system.RecordImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import from file to database, on the import thread: read the whole file, find the places, let the importer read
 * and check every record, and only when no problem was found write them all in one transaction. A problem anywhere
 * leaves the database as it was, and the job lists every problem by line and column.
 */
@Component
class ImportRunning {

    private static final Logger log = LoggerFactory.getLogger(ImportRunning.class);

    /** A file may hold at most this many records; its records are kept in memory while they are checked. */
    static final int MAX_RECORDS = 100_000;

    /** Progress is written at most every this many records. */
    private static final int PROGRESS_STEP = 500;

    private final ImportJobRecords jobs;
    private final ImportPlaces places;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate progressTransaction;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private volatile Boolean postgres;

    ImportRunning(
            ImportJobRecords jobs,
            ImportPlaces places,
            Scopes scopes,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jobs = jobs;
        this.places = places;
        this.scopes = scopes;
        this.audit = audit;
        this.importTransaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        // progress is seen while the import's own transaction runs: a second connection, held only by the single
        // import thread, never by a request (decisions 0016 and 0037)
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void run(UUID id, RecordImporter<?> importer, String format, Path file, String user) {
        try {
            jobs.start(id);
            runChecked(id, importer, format, file, user);
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Import {} of {} failed", id, importer.kind(), e);
            ImportProblems failed = new ImportProblems();
            failed.add(0, null, "recordImports.failed");
            jobs.stop(id, ImportJob.Status.FAILED, failed);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file of import {}: {}", id, e.getMessage());
            }
        }
    }

    private <D> void runChecked(UUID id, RecordImporter<D> importer, String format, Path file, String user) {
        ImportProblems problems = new ImportProblems();
        Map<String, Scope> held = new HashMap<>();
        held.put(importer.permission(), scopes.of(user, Permission.valueOf(importer.permission())));
        importer.narrowerPermissions().forEach(p -> held.put(p, scopes.of(user, Permission.valueOf(p))));
        Scope scope = union(held.values());
        ImportTable table = ImportFiles.read(format, file, new ImportHeader(importer), MAX_RECORDS, problems);
        if (problems.onFile() || problems.full()) {
            // a file that cannot be read as a whole; a header's problems still let every record be checked
            jobs.stop(id, ImportJob.Status.REJECTED, problems);
            return;
        }
        List<ImportRecord> records = table.records();
        jobs.phase(id, ImportJob.Phase.CHECKING, records.size());
        if (importer.placed()) {
            records = places.resolve(records, scope, problems);
        }
        Context context = new Context(id, user, scope, held, problems);
        List<D> drafts = new ArrayList<>(records.size());
        for (ImportRecord record : records) {
            D draft = importer.read(record, context);
            if (draft != null) {
                drafts.add(draft);
            }
            if (problems.full()) {
                break;
            }
        }
        if (!problems.full()) {
            importer.check(drafts, context);
        }
        if (problems.any()) {
            jobs.stop(id, ImportJob.Status.REJECTED, problems);
            return;
        }
        jobs.phase(id, ImportJob.Phase.WRITING, drafts.size());
        ImportCounts counts = importTransaction.execute(tx -> {
            planEachStatement();
            ImportCounts written = importer.write(drafts, context);
            if (problems.any()) {
                // a record that changed since the check (a name taken meanwhile): nothing is kept
                tx.setRollbackOnly();
                return null;
            }
            audit.recordAs(
                    user,
                    "RECORDS_IMPORTED",
                    "record-import",
                    id.toString(),
                    null,
                    null,
                    importer.kind() + " created=" + written.created() + " updated=" + written.updated() + " unchanged="
                            + written.unchanged());
            return written;
        });
        if (counts == null) {
            jobs.stop(id, ImportJob.Status.REJECTED, problems);
        } else {
            jobs.succeed(id, counts);
        }
    }

    /**
     * On PostgreSQL, plans each statement of the import's transaction for its own values and the tables' current size.
     * The import writes tens of thousands of rows in one transaction, which no statistics have seen yet: a plan made
     * once for every value and cached (after five runs of a statement) would keep reading a table that was small at
     * the start, such as a scan of all rows written so far for each lookup by key.
     */
    private void planEachStatement() {
        if (postgres == null) {
            postgres = jdbcTemplate.execute((java.sql.Connection c) -> c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres"));
        }
        if (Boolean.TRUE.equals(postgres)) {
            jdbcTemplate.execute("set local plan_cache_mode = force_custom_plan");
        }
    }

    /** Where any of the scopes lets one act: everywhere when one is, else inside any of their units. */
    static Scope union(Collection<Scope> scopes) {
        if (scopes.stream().anyMatch(Scope::everywhere)) {
            return Scope.all();
        }
        return Scope.of(scopes.stream().flatMap(s -> s.paths().stream()).toList());
    }

    /** The context an importer works in: the importer's area for the kind, the problems, and the job's progress. */
    private final class Context implements ImportContext {

        private final UUID id;
        private final String user;
        private final Scope scope;
        private final Map<String, Scope> held;
        private final ImportProblems problems;
        private int reported;

        Context(UUID id, String user, Scope scope, Map<String, Scope> held, ImportProblems problems) {
            this.id = id;
            this.user = user;
            this.scope = scope;
            this.held = held;
            this.problems = problems;
        }

        @Override
        public String user() {
            return user;
        }

        @Override
        public boolean covers(String unitPath) {
            return unitPath != null && scope.covers(unitPath);
        }

        @Override
        public boolean covers(String permission, String unitPath) {
            Scope of = held.get(permission);
            return unitPath != null && of != null && of.covers(unitPath);
        }

        @Override
        public void problem(int line, String column, String code, Object... args) {
            problems.add(line, column, code, args);
        }

        @Override
        public boolean hasProblems() {
            return problems.any();
        }

        @Override
        public void progress(int written) {
            if (written - reported >= PROGRESS_STEP) {
                reported = written;
                progressTransaction.executeWithoutResult(tx -> jobs.progress(id, written));
            }
        }
    }
}
