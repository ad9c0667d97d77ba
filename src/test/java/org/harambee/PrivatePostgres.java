package org.harambee;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (initdb in a temporary folder, its own port), for the tests that stop and start
 * the database: the machine's server, which the other tests share, is never touched. Needs PostgreSQL's server
 * binaries (Debian's {@code postgresql} package, {@code /usr/lib/postgresql/<version>/bin}, or {@code PG_BIN}); run as
 * root, the cluster runs as the user {@code postgres}.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** A new cluster, started, with an empty database {@code harambee}. */
    public static PrivatePostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("harambee-private-pg-");
        PrivatePostgres pg = new PrivatePostgres(bin, dir, Nodes.freePort());
        if (root()) {
            pg.run(List.of("chown", "postgres", dir.toString()), false);
        }
        pg.run(List.of(bin.resolve("initdb").toString(), "-D", pg.data(), "-U", "postgres", "-A", "trust"), true);
        pg.up();
        pg.run(
                List.of(
                        bin.resolve("psql").toString(),
                        "-X",
                        "-q",
                        "-h",
                        dir.toString(),
                        "-p",
                        String.valueOf(pg.port),
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-c",
                        "create database harambee"),
                true);
        return pg;
    }

    /**
     * A streaming standby of this cluster ({@code pg_basebackup -R}), started on a port of its own: it answers reads
     * and replays what the primary writes. Close it before the primary.
     */
    public PrivatePostgres standby() throws IOException, InterruptedException {
        PrivatePostgres standby =
                new PrivatePostgres(bin, Files.createTempDirectory("harambee-private-pg-standby-"), Nodes.freePort());
        if (root()) {
            standby.run(List.of("chown", "postgres", standby.dir.toString()), false);
        }
        standby.run(
                List.of(
                        bin.resolve("pg_basebackup").toString(),
                        "-D",
                        standby.data(),
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(port),
                        "-U",
                        "postgres",
                        "-R",
                        "-X",
                        "stream",
                        "-c",
                        "fast"),
                true);
        standby.up();
        return standby;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/harambee?user=postgres";
    }

    /** Starts the stopped cluster and waits until it accepts connections. */
    public void up() throws IOException, InterruptedException {
        pgCtl("-w", "start");
    }

    /** Stops the cluster, disconnecting every client at once (a restart as an operator or a failover does it). */
    public void down() throws IOException, InterruptedException {
        pgCtl("-w", "-m", "fast", "stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            pgCtl("-m", "immediate", "stop");
        } catch (IllegalStateException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data(),
                "-l",
                dir.resolve("postgres.log").toString(),
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"));
        command.addAll(Arrays.asList(args));
        run(command, true);
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/private-postgres.log")))
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed (see target/private-postgres.log): " + String.join(" ", full));
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() {
        String configured = System.getenv("PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions != null) {
            Arrays.sort(versions, Comparator.comparing(File::getName, Comparator.comparingInt(Integer::parseInt)));
            for (int i = versions.length - 1; i >= 0; i--) {
                Path bin = versions[i].toPath().resolve("bin");
                if (Files.isExecutable(bin.resolve("initdb"))) {
                    return bin;
                }
            }
        }
        throw new IllegalStateException("PostgreSQL's server binaries (initdb, pg_ctl) are missing: install Debian's"
                + " postgresql package or set PG_BIN");
    }
}
