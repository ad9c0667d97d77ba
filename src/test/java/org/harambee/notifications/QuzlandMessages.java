package org.harambee.notifications;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.AgreementTables;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.notifications.outbox.OutboxSender;
import org.harambee.system.DeploymentZone;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the reminder and enrolment tests start from: Quzland, no agreements, trainings or messages, the gateways'
 * stand-ins, and two accounts with an e-mail address: Amber's district coordinator (English) and a service point
 * officer in Amber who reads French.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class QuzlandMessages {

    static final String COORDINATOR = "messages-coordinator";
    static final String OFFICER = "messages-officier";
    static final String PASSWORD = "synthetic-messages-pass-1";

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry registry) {
        StandIns.register(registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    OutboxSender sender;

    @Autowired
    DeploymentZone zone;

    @BeforeEach
    void quzlandWithoutMessages() {
        jdbc.sql("delete from notification_outbox").update();
        jdbc.sql("delete from notification_preference").update();
        jdbc.sql("delete from notification_reminder").update();
        AgreementTables.clear(jdbc);
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        account(COORDINATOR, Role.DISTRICT_COORDINATOR, "messages.coordinator@example.org", null, "en");
        account(OFFICER, Role.SERVICE_POINT_OFFICER, "messages.officier@example.org", null, "fr");
        StandIns.reset();
    }

    void account(String username, Role role, String email, String phone, String language) {
        TestAccounts.create(jdbc, username, PASSWORD, role, "QZ0101");
        jdbc.sql("update access_user set email = ?, phone = ?, language = ? where username = ?")
                .params(email, phone, language, username)
                .update();
    }

    /** An agreement in force at Amber (QZ0101) due for review on {@code review}, with one party: a service point. */
    UUID agreement(String title, LocalDate review, UUID servicePoint) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "insert into agreement (id, title, purpose, formality, status, unit_id, unit_path, unit_chosen,"
                                + " start_date, review_date, created_by, created_at, updated_at) select ?, ?, 'Referrals',"
                                + " 'VERBAL', 'IN_FORCE', id, path, true, ?, ?, 'test', ?, ? from geo_unit where pcode = 'QZ0101'")
                .params(id, title, Date.valueOf(review.minusYears(1)), Date.valueOf(review), now, now)
                .update();
        jdbc.sql("insert into agreement_party (id, agreement_id, position, kind, ref_id)"
                        + " values (?, ?, 1, 'SERVICE_POINT', ?)")
                .params(UUID.randomUUID(), id, servicePoint)
                .update();
        return id;
    }

    /** An open commitment of the agreement's service point party, due on {@code due}. */
    UUID commitment(UUID agreement, LocalDate due) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into agreement_commitment (id, agreement_id, party_id, description, due_on, status,"
                        + " created_by, created_at, updated_at) select ?, ?, id, 'Answer within a day', ?, 'OPEN',"
                        + " 'test', ?, ? from agreement_party where agreement_id = ?")
                .params(id, agreement, Date.valueOf(due), now, now, agreement)
                .update();
        return id;
    }

    /** Quiet hours for the account from an hour ago to an hour from now. */
    void quietNow(String username) {
        LocalTime now = ZonedDateTime.now(zone.zone()).toLocalTime();
        jdbc.sql("insert into notification_preference (username, email, sms, in_app, quiet_from, quiet_until,"
                        + " updated_at) values (?, true, true, true, ?, ?, ?)")
                .params(
                        username,
                        java.sql.Time.valueOf(now.minusHours(1).withNano(0)),
                        java.sql.Time.valueOf(now.plusHours(1).withNano(0)),
                        Timestamp.from(Instant.now()))
                .update();
    }

    record Queued(String recipient, String template, List<String> parameters, Instant nextAttemptAt) {}

    List<Queued> queued() {
        return jdbc.sql("select recipient, template, parameters, next_attempt_at from notification_outbox"
                        + " order by recipient, template, created_at")
                .query((rs, i) -> new Queued(
                        rs.getString(1),
                        rs.getString(2),
                        List.of(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
