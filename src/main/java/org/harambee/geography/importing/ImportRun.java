package org.harambee.geography.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import from file to database: read and check the file, then, in a single transaction holding the import lock,
 * validate it against the units already stored and write it. Any problem found before writing leaves the database as
 * it was; the job records every problem by line.
 */
@Component
class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    /** Ten levels (0-9) are more than any country's administrative hierarchy has. */
    static final int DEEPEST_LEVEL = 9;

    private final ImportJobStore store;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate progressTransaction;

    ImportRun(
            ImportJobStore store,
            JdbcTemplate jdbcTemplate,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.events = events;
        this.importTransaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        // progress is seen while the import's own transaction runs: a second connection, held only by the single
        // import thread (ImportJobs' executor), never by a request (decision 0016)
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void run(UUID id, String fileName, Path file, ImportKind kind) {
        try {
            store.start(id);
            if (kind == ImportKind.POPULATION) {
                importPopulation(id, PopulationImport.parse(fileName, file));
                return;
            }
            try (ParseResult parsed = new UnitFileParser().parse(fileName, file, spillBeside(file))) {
                importParsed(id, parsed);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Import {} failed", id, e);
            store.stop(id, ImportJob.Status.FAILED, List.of(new ImportProblem(0, "imports.failed", List.of())));
        } finally {
            deleteQuietly(file);
            // the parse result deletes its spill when closed; a parse that failed half-way has none to close
            deleteQuietly(spillPath(file));
        }
    }

    /** Boundaries go beside the upload, in the work folder, and are deleted with the parse result. */
    private static BoundarySpill spillBeside(Path file) {
        return new BoundarySpill(spillPath(file));
    }

    static Path spillPath(Path upload) {
        return upload.resolveSibling(upload.getFileName() + ".boundaries");
    }

    private void importParsed(UUID id, ParseResult parsed) {
        store.phase(
                id, ImportJob.Phase.VALIDATING, parsed.format(), parsed.units().size());
        if (!parsed.ok()) {
            store.stop(id, ImportJob.Status.REJECTED, parsed.problems());
            return;
        }
        Result result = importTransaction.execute(tx -> {
            Result r = validateAndWrite(id, parsed);
            if (r.outcome() == null) {
                tx.setRollbackOnly();
            }
            return r;
        });
        if (result.outcome() == null) {
            store.stop(id, ImportJob.Status.REJECTED, result.problems());
        } else {
            store.succeed(id, result.outcome());
        }
    }

    private void importPopulation(UUID id, PopulationImport.Parsed parsed) {
        store.phase(
                id,
                ImportJob.Phase.VALIDATING,
                parsed.format(),
                parsed.figures().size());
        if (!parsed.problems().isEmpty()) {
            store.stop(id, ImportJob.Status.REJECTED, parsed.problems());
            return;
        }
        Problems problems = new Problems();
        UnitWriter.Outcome outcome = importTransaction.execute(tx -> {
            lock();
            UnitWriter.Outcome written = PopulationImport.write(jdbc, jdbcTemplate, parsed.figures(), problems);
            if (written == null) {
                tx.setRollbackOnly();
            }
            return written;
        });
        if (outcome == null) {
            store.stop(id, ImportJob.Status.REJECTED, problems.list());
        } else {
            store.succeed(id, outcome);
        }
    }

    /** Validates and writes units made by the server itself (the demo data), in one transaction; throws on a problem. */
    UnitWriter.Outcome writeNow(List<ParsedUnit> units, BoundarySpill boundaries, UUID id) {
        Result result = importTransaction.execute(tx -> {
            Snapshot snapshot = lockAndLoad();
            List<ImportProblem> problems = new HierarchyValidator().validate(units, snapshot, DEEPEST_LEVEL);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("generated units are invalid: " + problems.get(0));
            }
            return new Result(
                    new UnitWriter(jdbcTemplate, events, snapshot, boundaries, id).write(units, n -> {}), List.of());
        });
        return result.outcome();
    }

    private record Result(UnitWriter.Outcome outcome, List<ImportProblem> problems) {}

    /** Takes the import lock for the rest of the transaction, then reads what is stored. */
    private Snapshot lockAndLoad() {
        lock();
        return Snapshot.load(jdbc);
    }

    private void lock() {
        jdbc.sql("select id from geo_import_lock where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    private Result validateAndWrite(UUID id, ParseResult parsed) {
        Snapshot snapshot = lockAndLoad();
        List<ImportProblem> problems = new HierarchyValidator().validate(parsed.units(), snapshot, DEEPEST_LEVEL);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        inOwnTransaction(() -> store.phase(
                id, ImportJob.Phase.WRITING, parsed.format(), parsed.units().size()));
        UnitWriter writer = new UnitWriter(jdbcTemplate, events, snapshot, parsed.boundaries(), id);
        UnitWriter.Outcome outcome =
                writer.write(parsed.units(), processed -> inOwnTransaction(() -> store.progress(id, processed)));
        return new Result(outcome, List.of());
    }

    private void inOwnTransaction(Runnable action) {
        progressTransaction.executeWithoutResult(tx -> action.run());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file of an import: {}", e.getMessage());
        }
    }
}
