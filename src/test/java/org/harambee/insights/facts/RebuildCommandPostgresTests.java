package org.harambee.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The operations' commands as an operator runs them: a separate process started with the option, on the PostgreSQL
 * test database, opening no port, printing its outcome and exiting 0.
 */
@org.harambee.OnPostgres
class RebuildCommandPostgresTests {

    @Test
    void theRebuildAndTheAuditCheckRunAsCommandsAndExit() throws Exception {
        assertThat(command("--insights-rebuild")).contains("Rebuilt insights:");
        assertThat(command("--audit-verify")).contains("Audit trail intact");
    }

    private static String command(String option) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.harambee.HarambeeApplication",
                        "--spring.datasource.url=" + System.getenv("HARAMBEE_TEST_POSTGRES_URL"),
                        "--spring.datasource.username=" + env("HARAMBEE_TEST_POSTGRES_USER", "postgres"),
                        "--spring.datasource.password=" + env("HARAMBEE_TEST_POSTGRES_PASSWORD", ""),
                        "--harambee.work-dir=./target/work-command",
                        option))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
