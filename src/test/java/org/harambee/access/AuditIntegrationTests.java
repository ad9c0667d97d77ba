package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.harambee.access.audit.AuditVerifyCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Sensitive actions land in the audit trail, whose hash chain shows a changed line; only administrators read it. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditIntegrationTests {

    static final String ADMIN_PASSWORD = "synthetic-admin-pass-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditVerifyCommand command;

    @Test
    void signInsFailuresAndTokensAreRecorded() {
        long before = lastSeq();
        mvc.post()
                .uri("/login")
                .param("username", "admin")
                .param("password", ADMIN_PASSWORD)
                .with(csrf())
                .exchange();
        mvc.post()
                .uri("/login")
                .param("username", "admin")
                .param("password", "a-wrong-one")
                .with(csrf())
                .exchange();
        mvc.post()
                .uri("/api/v1/tokens")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"name\":\"audit test\",\"days\":1}")
                .with(httpBasic("admin", ADMIN_PASSWORD))
                .exchange();

        assertThat(jdbc.sql("select action from access_audit where seq > ? and actor = 'admin' order by seq")
                        .param(before)
                        .query(String.class)
                        .list())
                .containsSubsequence("LOGIN", "LOGIN_FAILED", "TOKEN_CREATED");
        jdbc.sql("update access_user set failed_logins = 0, locked_until = null where username = 'admin'")
                .update();
    }

    @Test
    void aChangedLineBreaksTheChainFromThatLineOn() {
        audit.recordAs("system-test", "TEST", "thing", "1", null, null, "first");
        audit.recordAs("system-test", "TEST", "thing", "2", null, null, "second");
        long second = lastSeq();
        audit.recordAs("system-test", "TEST", "thing", "3", null, null, "third");
        audit.sealNow();
        assertThat(audit.verify().intact()).isTrue();

        jdbc.sql("update access_audit set detail = 'rewritten' where seq = ?")
                .param(second)
                .update();
        try {
            AuditTrail.Verification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(second);
            assertThat(mvc.get().uri("/api/v1/audit/verification").with(httpBasic("admin", ADMIN_PASSWORD)))
                    .bodyJson()
                    .extractingPath("$.firstBrokenSeq")
                    .isEqualTo((int) second);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            assertThat(command.report(new java.io.PrintStream(out, true))).isEqualTo(3);
            assertThat(out.toString()).contains("BROKEN at line " + second);
        } finally {
            jdbc.sql("update access_audit set detail = 'second' where seq = ?")
                    .param(second)
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
        assertThat(command.report(new java.io.PrintStream(new java.io.ByteArrayOutputStream())))
                .isZero();
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        audit.recordAs("system-test", "TEST", "thing", "4", null, null, null);

        assertThat(mvc.get().uri("/audit").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/audit").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/audit?actor=system-test&verify=true").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("TEST", "The chain is intact");
        assertThat(mvc.get().uri("/api/v1/audit?action=TEST").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].action")
                .isEqualTo("TEST");
    }

    private long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();
    }
}
