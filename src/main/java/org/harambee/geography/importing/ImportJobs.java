package org.harambee.geography.importing;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.system.BackgroundJobs;
import org.harambee.system.Ids;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Boundary imports: a submitted file waits in the work folder and is imported in the background, one import at a
 * time on this node (and, through a database lock, across nodes). Anyone may follow a job by its id.
 */
@Service
public class ImportJobs {

    static final Set<String> ACCEPTED_EXTENSIONS = Set.of("csv", "txt", "geojson", "json", "xlsx", "zip");

    private final ImportJobStore store;
    private final ImportRun run;
    private final AuditTrail audit;
    private final BackgroundJobs background;
    private final MessageSource messages;

    ImportJobs(
            ImportJobStore store,
            ImportRun run,
            AuditTrail audit,
            MessageSource messages,
            @Value("${harambee.work-dir}") Path workDir) {
        this.store = store;
        this.run = run;
        this.audit = audit;
        // one import at a time on a node: an import takes much memory and much of the database's write capacity
        this.background = new BackgroundJobs(workDir.resolve("imports"), "import-", ".upload", ".upload.boundaries");
        this.messages = messages;
    }

    /** Whether a file of this name can be imported at all (CSV, GeoJSON, Excel or zipped shapefile, by its extension). */
    public static boolean acceptsFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot > 0
                && ACCEPTED_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Queues a boundary file held in memory; the caller has checked that it is not empty and has an accepted name. */
    public UUID submit(String fileName, byte[] content, String user) {
        return submit(fileName, new ByteArrayInputStream(content), user, ImportKind.BOUNDARIES);
    }

    /**
     * Queues the file, copied from the stream to the work folder (never whole in memory: a file may be 300 MB); the
     * caller has checked that it is not empty and has an accepted name.
     */
    public UUID submit(String fileName, InputStream content, String user, ImportKind kind) {
        UUID id = Ids.newId();
        background.submit(id, content, file -> {
            store.insert(id, fileName, user, background.node(), kind);
            audit.recordAs(
                    user, "IMPORT_SUBMITTED", "boundary-import", id.toString(), null, null, kind + " " + fileName);
            return () -> run.run(id, fileName, file, kind);
        });
        return id;
    }

    public Optional<ImportJob> find(UUID id, Locale locale) {
        return store.find(id, p -> render(p, locale));
    }

    public List<ImportJob> recent(Locale locale) {
        return store.recent(20, p -> render(p, locale));
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        store.failInterrupted(background.node());
        removeOrphanedUploads();
    }

    /**
     * Deletes what imports stopped by a crash or a kill left in the work folder (uploads and their boundary spill
     * files) once their jobs are failed ({@link BackgroundJobs#removeOrphans}).
     */
    int removeOrphanedUploads() {
        return background.removeOrphans(store.unfinished());
    }

    @PreDestroy
    void stop() {
        background.stop();
    }

    private ImportJob.Problem render(ImportJobStore.StoredProblem p, Locale locale) {
        Object[] args = p.args() == null ? new Object[0] : p.args().toArray();
        for (int i = 0; i < args.length; i++) {
            // A reason given as a message key (why a boundary is invalid) reads in the user's language too.
            if (args[i] instanceof String key && key.startsWith("import.geometry.reason.")) {
                args[i] = messages.getMessage(key, null, key, locale);
            }
        }
        return new ImportJob.Problem(p.sheet(), p.line(), messages.getMessage(p.code(), args, p.code(), locale));
    }
}
