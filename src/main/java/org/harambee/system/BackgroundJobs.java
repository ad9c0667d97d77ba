package org.harambee.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The jobs of an upload that runs in the background (a boundary import, an import of records): each file waits in a
 * work folder as {@code <job id>.upload} and is worked on one at a time on this node, since an import takes much memory
 * and much of the database's write capacity. What a crash or a kill left behind is removed when the node starts again.
 * Each owner keeps its own folder, job table and work; this holds what they do alike.
 */
public final class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final Path folder;
    private final List<String> suffixes;
    private final ThreadPoolTaskExecutor executor;
    private final String node;
    private final Instant started;

    /**
     * Jobs whose files lie in {@code folder}, run by a thread named {@code threadPrefix…}; a file left behind is one
     * whose name ends with one of {@code suffixes} (the upload, {@code .upload}, and what its work spills beside it).
     */
    public BackgroundJobs(Path folder, String threadPrefix, String... suffixes) {
        this.folder = folder;
        this.suffixes = List.of(suffixes);
        this.executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(threadPrefix);
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.initialize();
        this.node = nodeName();
        this.started = Instant.now();
    }

    /** The name of this node, as a job row records where it runs. */
    public String node() {
        return node;
    }

    /**
     * Copies {@code content} to the job's file, then lets {@code queued} record the job (its row, its audit line) and
     * answer its work, which runs on the job thread with the file. Nothing is left in the folder when any of it fails:
     * an upload cut off by its sender, a job that could not be recorded or queued.
     */
    public void submit(UUID id, InputStream content, Function<Path, Runnable> queued) {
        Path file = folder.resolve(id + ".upload");
        try (content) {
            Files.createDirectories(folder);
            Files.copy(content, file);
            executor.execute(queued.apply(file));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /**
     * Deletes what jobs stopped by a crash or a kill left in the folder, once the owner has failed them: files from
     * before this node started whose job is not among {@code unfinished} (queued or running elsewhere). Files written
     * since belong to uploads under way and are left alone.
     */
    public int removeOrphans(Set<UUID> unfinished) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot < 0 || suffixes.stream().noneMatch(name::endsWith)) {
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
            log.warn("Could not clean the work folder {}: {}", folder.getFileName(), e.getMessage());
        }
        if (removed > 0) {
            log.info("Removed {} files left by interrupted jobs in {}", removed, folder.getFileName());
        }
        return removed;
    }

    /** Deletes a job's file, saying so in the log when it cannot. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete a job's file: {}", e.getMessage());
        }
    }

    /** Stops the job thread, when the owner shuts down. */
    public void stop() {
        executor.shutdown();
    }

    private static UUID jobOf(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException notAJob) {
            return null;
        }
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "local";
        }
    }
}
