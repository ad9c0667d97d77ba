package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A bench, not a test (it runs only when asked): N service points imported from one CSV file, beside the same N added
 * one by one through the API (the form's write path) in the same run, and the same file imported again (nothing
 * changed). Writes its figures to {@code bench-service-points.out}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "harambee.bench.serviceImports", matches = "true")
class ServicePointImportBench extends QuzlandServicePoints {

    @Test
    void importAgainstTheApiOneByOne() throws Exception {
        int n = Integer.getInteger("bench.count", 300);
        RecordImportCalls imports = new RecordImportCalls(mvc, "service-points", java.time.Duration.ofMinutes(10));
        StringBuilder file = new StringBuilder("pcode,name,category,phone,opening_hours\n");
        for (int i = 0; i < n; i++) {
            file.append("QZ010101,Imported desk ")
                    .append(i)
                    .append(",HEALTH,+000 555 ")
                    .append(1000 + i)
                    .append(",Mon-Fri\n");
        }
        long api = System.nanoTime();
        for (int i = 0; i < n; i++) {
            assertThat(post(
                            "/api/v1/service-points",
                            COORDINATOR,
                            Role.DISTRICT_COORDINATOR,
                            json("Form desk " + i, "HEALTH", "QZ010102", "\"phone\":\"+000 555 " + (1000 + i) + "\"")))
                    .hasStatus(201);
        }
        api = System.nanoTime() - api;
        long first = System.nanoTime();
        Map<String, Object> job = imports.file(file.toString(), COORDINATOR, Role.DISTRICT_COORDINATOR, "en");
        first = System.nanoTime() - first;
        assertThat(job).containsEntry("created", n);
        long again = System.nanoTime();
        Map<String, Object> same = imports.file(file.toString(), COORDINATOR, Role.DISTRICT_COORDINATOR, "en");
        again = System.nanoTime() - again;
        assertThat(same).containsEntry("unchanged", n);
        String report = String.format(
                Locale.ROOT,
                "service points: %d; API one by one %.2f s; import %.2f s (ratio %.2f); re-import unchanged %.2f s"
                        + " (ratio %.2f)%n",
                n,
                api / 1e9,
                first / 1e9,
                (double) first / api,
                again / 1e9,
                (double) again / api);
        Files.writeString(Path.of("bench-service-points.out"), report);
    }
}
