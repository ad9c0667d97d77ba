package org.harambee.imports;

import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Scopes;
import org.harambee.system.BackgroundJobs;
import org.harambee.system.Ids;
import org.harambee.system.NotFoundException;
import org.harambee.system.RecordImporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports of records: the kinds there are (every {@link RecordImporter} of the modules), which of them the signed-in
 * user may import, and the jobs. A submitted file waits in the work folder and is imported in the background, one
 * import at a time on a node. A job is seen by whoever submitted it and by administrators.
 */
@Service
public class RecordImports {

    private final Map<String, RecordImporter<?>> importers;
    private final ImportJobRecords jobs;
    private final ImportRunning running;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final BackgroundJobs background;

    RecordImports(
            List<RecordImporter<?>> importers,
            ImportJobRecords jobs,
            ImportRunning running,
            Scopes scopes,
            AuditTrail audit,
            MessageSource messages,
            @Value("${harambee.work-dir}") Path workDir) {
        this.importers = importers.stream()
                .sorted(Comparator.comparing(RecordImporter::kind))
                .collect(Collectors.toMap(
                        RecordImporter::kind, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        this.jobs = jobs;
        this.running = running;
        this.scopes = scopes;
        this.audit = audit;
        this.messages = messages;
        // one import at a time on a node: an import holds its records in memory and much of the write capacity
        this.background = new BackgroundJobs(workDir.resolve("record-imports"), "record-import-", ".upload");
    }

    /** The kinds the signed-in user may import: those whose permission, or a narrower one, they hold somewhere. */
    public List<RecordImporter<?>> kinds() {
        Set<Permission> held = scopes.permissions();
        return importers.values().stream().filter(i -> permitted(i, held)).toList();
    }

    /** The kind, when the signed-in user may import it: 404 for an unknown kind, 403 without its permission. */
    public RecordImporter<?> kind(String kind) {
        RecordImporter<?> importer = importers.get(kind);
        if (importer == null) {
            throw NotFoundException.of("problem.importKindNotFound").get();
        }
        if (!permitted(importer, scopes.permissions())) {
            throw new AccessDeniedException("no permission to import " + kind);
        }
        return importer;
    }

    /**
     * Queues the file, copied from the stream to the work folder; the caller has checked that it is not empty and
     * that its name is of an accepted format.
     */
    public UUID submit(String kind, String fileName, InputStream content, String user) {
        RecordImporter<?> importer = kind(kind);
        String format = ImportFiles.format(fileName);
        UUID id = Ids.newId();
        background.submit(id, content, file -> {
            jobs.insert(id, kind, fileName, format, user, background.node());
            audit.recordAs(user, "IMPORT_SUBMITTED", "record-import", id.toString(), null, null, kind + " " + format);
            return () -> running.run(id, importer, format, file, user);
        });
        return id;
    }

    /** The job, for whoever submitted it and for administrators; 404 for anyone else. */
    public ImportJob job(UUID id, Locale locale) {
        Optional<ImportJob> job = jobs.find(id, p -> render(p, locale));
        return job.filter(j -> j.createdBy().equals(currentUser()) || administrator())
                .orElseThrow(NotFoundException.of("problem.importJobNotFound"));
    }

    /** The latest jobs of a kind: the user's own, or everyone's for administrators. */
    public List<ImportJob> recent(String kind, Locale locale) {
        return jobs.recent(kind, administrator() ? null : currentUser(), 20, p -> render(p, locale));
    }

    /** Accepted file names: CSV (or .txt) and XLSX. */
    public static boolean acceptsFileName(String fileName) {
        return ImportFiles.format(fileName) != null;
    }

    private static boolean permitted(RecordImporter<?> importer, Set<Permission> held) {
        return held.contains(Permission.valueOf(importer.permission()))
                || importer.narrowerPermissions().stream()
                        .map(Permission::valueOf)
                        .anyMatch(held::contains);
    }

    private boolean administrator() {
        return scopes.roles().contains(Role.ADMINISTRATOR);
    }

    private static String currentUser() {
        return org.harambee.access.CurrentUser.name();
    }

    private ImportJob.Problem render(ImportProblems.Stored p, Locale locale) {
        Object[] args = p.args() == null ? new Object[0] : p.args().toArray();
        return new ImportJob.Problem(p.line(), p.column(), messages.getMessage(p.code(), args, p.code(), locale));
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        jobs.failInterrupted(background.node());
        removeOrphanedUploads();
    }

    /** Deletes uploads left by imports a crash or a kill stopped ({@link BackgroundJobs#removeOrphans}). */
    int removeOrphanedUploads() {
        return background.removeOrphans(jobs.unfinished());
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
