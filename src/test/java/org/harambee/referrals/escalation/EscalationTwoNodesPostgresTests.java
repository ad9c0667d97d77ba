package org.harambee.referrals.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.harambee.HarambeeApplication;
import org.harambee.OnPostgres;
import org.harambee.referrals.QuzlandReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Harambee nodes on one PostgreSQL run the escalation job at the same moment: every overdue referral escalates
 * exactly once (one timeline line, one level up), whichever node gets there first.
 */
@OnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class EscalationTwoNodesPostgresTests extends QuzlandReferrals {

    @org.springframework.beans.factory.annotation.Autowired
    Escalation escalation;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Test
    void twoNodesEscalateEachOverdueReferralExactlyOnce() throws Exception {
        List<UUID> referrals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            referrals.add(sent("SOCIAL_WELFARE", "EMERGENCY"));
        }
        Instant later = Instant.now().plus(Duration.ofHours(30));
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(HarambeeApplication.class)
                // as command-line arguments, so that they win over the test configuration file
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + username,
                        "--harambee.demo-data.enabled=false")) {
            assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo(url);
            Escalation other = second.getBean(Escalation.class);
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(escalation, start, later));
            CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> run(other, start, later));
            assertThat(first.get() + next.get()).isEqualTo(referrals.size());
        }
        for (UUID id : referrals) {
            assertThat(jdbc.sql(
                                    "select count(*) from referral_transition where referral_id = ? and action = 'ESCALATE'")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isOne();
            assertThat(jdbc.sql("select service_point_id from referral where id = ?")
                            .param(id)
                            .query(UUID.class)
                            .single())
                    .isEqualTo(hillWelfare);
        }
    }

    private static int run(Escalation escalation, CyclicBarrier start, Instant at) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return escalation.escalateOverdue(at);
    }
}
