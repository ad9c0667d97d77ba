package org.harambee.geography.importing;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.harambee.access.AuditTrail;
import org.harambee.system.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Boundary imports: a submitted file waits in the work folder and is imported in the background, one import at a
 * time on this node (and, through a database lock, across nodes). Anyone may follow a job by its id.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    static final Set<String> ACCEPTED_EXTENSIONS = Set.of("csv", "txt", "geojson", "json", "xlsx", "zip");

    private final ImportJobStore store;
    private final ImportRun run;
    private final AuditTrail audit;
    private final ThreadPoolTaskExecutor executor;
    private final MessageSource messages;
    private final Path folder;
    private final String node;
    private final Instant started;

    ImportJobs(
            ImportJobStore store,
            ImportRun run,
            AuditTrail audit,
            MessageSource messages,
            @Value("${harambee.work-dir}") Path workDir) {
        this.store = store;
        this.run = run;
        this.audit = audit;
        this.executor = singleThread();
        this.messages = messages;
        this.folder = workDir.resolve("imports");
        this.node = nodeName();
        this.started = Instant.now();
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
        Path file = folder.resolve(id + ".upload");
        try (content) {
            Files.createDirectories(folder);
            Files.copy(content, file);
            store.insert(id, fileName, user, node, kind);
            audit.recordAs(
                    user, "IMPORT_SUBMITTED", "boundary-import", id.toString(), null, null, kind + " " + fileName);
            executor.execute(() -> run.run(id, fileName, file, kind));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // an upload cut off by its sender, or a job that could not be queued, leaves no file behind
            deleteQuietly(file);
            throw e;
        }
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
        store.failInterrupted(node);
        removeOrphanedUploads();
    }

    /**
     * Deletes what imports stopped by a crash or a kill left in the work folder (uploads and their boundary spill
     * files) once their jobs are failed: files from before this node started whose job is not queued or running.
     * Files written since belong to uploads under way and are left alone.
     */
    int removeOrphanedUploads() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Set<UUID> unfinished = store.unfinished();
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot < 0 || !(name.endsWith(".upload") || name.endsWith(".upload.boundaries"))) {
                    continue;
                }
                UUID job = jobOf(name.substring(0, dot));
                if ((job == null || !unfinished.contains(job))
                        && Files.getLastModifiedTime(file).toInstant().isBefore(started)) {
                    deleteQuietly(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean the imports work folder: {}", e.getMessage());
        }
        if (removed > 0) {
            log.info("Removed {} files left by interrupted imports", removed);
        }
        return removed;
    }

    private static UUID jobOf(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException notAJob) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete an import's file: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** One import at a time on a node: an import takes much memory and much of the database's write capacity. */
    private static ThreadPoolTaskExecutor singleThread() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("import-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.initialize();
        return executor;
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

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "local";
        }
    }
}
