package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Quzland without partner records, and four synthetic readers: Amber's district coordinator ({@link #AMBER}, QZ0101),
 * Cedar's ({@link #CEDAR}, QZ0201), a researcher of Hill Province ({@link #RESEARCHER}, QZ01, reads only) and the
 * administrator (reads everywhere, manages no partner).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PartnersWebTests {

    static final RequestPostProcessor AMBER = TestAccounts.as("amber-coordinator", Role.DISTRICT_COORDINATOR);
    static final RequestPostProcessor CEDAR = TestAccounts.as("cedar-coordinator", Role.DISTRICT_COORDINATOR);
    static final RequestPostProcessor RESEARCHER = TestAccounts.as("hill-researcher", Role.RESEARCHER);
    static final RequestPostProcessor ADMIN = TestAccounts.administrator();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    /** The last audit line before the test, so that a test reads only its own lines of the shared trail. */
    long auditBefore;

    @BeforeEach
    void quzlandWithoutPartners() {
        auditBefore = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();
        PartnerTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        jdbc.sql("delete from access_user where username <> 'admin'").update();
        TestAccounts.create(jdbc, "amber-coordinator", "synthetic-pass-1", Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, "cedar-coordinator", "synthetic-pass-2", Role.DISTRICT_COORDINATOR, "QZ0201");
        TestAccounts.create(jdbc, "hill-researcher", "synthetic-pass-3", Role.RESEARCHER, "QZ01");
    }

    MvcTestResult post(RequestPostProcessor user, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(user)
                .exchange();
    }

    MvcTestResult put(RequestPostProcessor user, String uri, String json) {
        return mvc.put()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(user)
                .exchange();
    }

    MvcTestResult get(RequestPostProcessor user, String uri) {
        return mvc.get().uri(uri).with(user).exchange();
    }

    /** A new organisation of this name and kind, made through the API by Amber's coordinator. */
    UUID organisation(String name, String kind) {
        MvcTestResult result =
                post(AMBER, "/api/v1/organisations", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
        assertThat(result).hasStatus(201);
        return id(result);
    }

    /** A presence row made through the API. */
    UUID presence(RequestPostProcessor user, UUID organisation, String unit, String sector, String start, String end) {
        MvcTestResult result = post(
                user,
                "/api/v1/presence",
                "{\"organisationId\":\"" + organisation + "\",\"unit\":\"" + unit + "\",\"sector\":\"" + sector
                        + "\",\"startDate\":\"" + start + "\"" + (end == null ? "" : ",\"endDate\":\"" + end + "\"")
                        + "}");
        assertThat(result).hasStatus(201);
        return id(result);
    }

    /** An adoption made through the API, taken to {@code step} one month apart from January 2025. */
    UUID adoption(UUID organisation, String unit, AdoptionStep step) {
        MvcTestResult result = post(
                AMBER,
                "/api/v1/adoptions",
                "{\"organisationId\":\"" + organisation + "\",\"unit\":\"" + unit + "\",\"invitedOn\":\"2025-01-10\"}");
        assertThat(result).hasStatus(201);
        UUID id = id(result);
        for (AdoptionStep next = AdoptionStep.AGREED; next != null && next.compareTo(step) <= 0; next = next.next()) {
            assertThat(post(
                            AMBER,
                            "/api/v1/adoptions/" + id + "/steps",
                            "{\"step\":\"" + next + "\",\"date\":\"2025-0" + (next.ordinal() + 1) + "-10\"}"))
                    .hasStatusOk();
        }
        return id;
    }

    static UUID id(MvcTestResult result) {
        return UUID.fromString(JsonPath.read(body(result), "$.id"));
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The actions audited on records of this type during the test, in order. */
    List<String> audited(String recordType) {
        return jdbc.sql("select action from access_audit where record_type = ? and seq > ? order by seq")
                .params(recordType, auditBefore)
                .query(String.class)
                .list();
    }

    long count(String table) {
        return PartnerTables.count(jdbc, table);
    }

    String path(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }
}
