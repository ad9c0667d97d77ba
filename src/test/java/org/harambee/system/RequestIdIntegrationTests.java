package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every answer carries a request id, which is also in every JSON log line written for the request; the request lines
 * name the route, never the user, the query string or a one-time link's secret.
 */
@SpringBootTest(properties = {"logging.structured.format.console=ecs", "harambee.logging.slow-request=0ms"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theRequestIdIsInTheAnswerAndInTheJsonLogLine(CapturedOutput output) {
        MvcTestResult answer = mvc.get()
                .uri("/api/v1/units?q=Synthetic+Person")
                .with(TestAccounts.as("synthetic-officer-name", Role.ADMINISTRATOR))
                .exchange();

        String id = answer.getResponse().getHeader(RequestIdFilter.HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        String line = lineWith(output, id);
        assertThat(line)
                .startsWith("{")
                .contains("\"requestId\":\"" + id + "\"", "\"level\":\"INFO\"", "GET /api/v1/units answered");
        assertThat(line).doesNotContain("synthetic-officer-name", "Synthetic", "q=");
    }

    @Test
    void aProxysRequestIdIsKeptAndAnythingElseReplaced(CapturedOutput output) {
        MvcTestResult kept = mvc.get()
                .uri("/login")
                .header(RequestIdFilter.HEADER, "lb-7f3a9c21")
                .exchange();
        MvcTestResult replaced = mvc.get()
                .uri("/login")
                .header(RequestIdFilter.HEADER, "bad id\"}{\"injected\":1")
                .exchange();

        assertThat(kept.getResponse().getHeader(RequestIdFilter.HEADER)).isEqualTo("lb-7f3a9c21");
        assertThat(lineWith(output, "lb-7f3a9c21")).contains("GET /login answered 200");
        assertThat(replaced.getResponse().getHeader(RequestIdFilter.HEADER)).matches("[0-9a-f-]{36}");
        assertThat(output.getOut()).doesNotContain("injected");
    }

    @Test
    void aOneTimeLinksSecretIsNotLogged(CapturedOutput output) {
        MvcTestResult answer = mvc.get().uri("/r/secret-token-0123456789abcdef").exchange();

        String line = lineWith(output, answer.getResponse().getHeader(RequestIdFilter.HEADER));
        assertThat(line).contains("/r/{token}").doesNotContain("secret-token-0123456789abcdef");
    }

    private static String lineWith(CapturedOutput output, String id) {
        List<String> lines = output.getOut()
                .lines()
                .filter(l -> l.contains("\"requestId\":\"" + id + "\""))
                .filter(l -> l.contains("answered"))
                .toList();
        assertThat(lines).as("the request's log line").hasSize(1);
        return lines.get(0);
    }
}
