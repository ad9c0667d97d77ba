package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A spreadsheet sent to the record imports API of a kind, and its job once finished. */
record RecordImportCalls(MockMvcTester mvc, String kind, Duration patience) {

    RecordImportCalls(MockMvcTester mvc, String kind) {
        this(mvc, kind, Duration.ofSeconds(30));
    }

    Map<String, Object> file(String content, String user, Role role, String language) throws Exception {
        return bytes("records.csv", content.getBytes(StandardCharsets.UTF_8), user, role, language);
    }

    Map<String, Object> bytes(String name, byte[] content, String user, Role role, String language) throws Exception {
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/record-imports/" + kind)
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", language)
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
        String[] body = new String[1];
        await().atMost(patience).pollInterval(Duration.ofMillis(100)).until(() -> {
            body[0] = mvc.get()
                    .uri("/api/v1/record-imports/jobs/" + id)
                    .with(TestAccounts.as(user, role))
                    .header("Accept-Language", language)
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String status = JsonPath.read(body[0], "$.status");
            return !status.equals("QUEUED") && !status.equals("RUNNING");
        });
        return JsonPath.read(body[0], "$");
    }

    /** A job's problems as "line column". */
    static List<String> where(Map<String, Object> job) {
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        return problems.stream().map(p -> p.get("line") + " " + p.get("column")).toList();
    }

    /** A job's problem messages, in order. */
    static List<String> messages(Map<String, Object> job) {
        return JsonPath.read(job, "$.problems[*].message");
    }

    /** Sending a file without the kind's permission is refused. */
    MvcTestResult refused(String content, String user, Role role) {
        return mvc.post()
                .uri("/api/v1/record-imports/" + kind)
                .multipart()
                .file(new MockMultipartFile("file", "r.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(TestAccounts.as(user, role))
                .exchange();
    }
}
