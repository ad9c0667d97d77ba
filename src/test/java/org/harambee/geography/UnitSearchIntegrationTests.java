package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.ImportJobsAwait.importFile;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJob.Status;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A unit is found by any of its names, in any language the file gave, whatever the pages are translated into: a Thai,
 * Arabic or Devanagari name, with or without its marks, and a Latin name with or without its accents.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitSearchIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    Geography geography;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void importUnitsNamedInFiveLanguages() {
        GeographyTables.clear(jdbc);
        assertThat(importFile(jobs, "qz_names.csv", BoundaryFiles.utf8("""
                        ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_TH,ADM1_AR,ADM1_HI,ADM1_FR,ADM1_PCODE
                        Quzland,QZ,Chiang Hill,เชียงใหม่,الجبل,पहाड़ी,Colline Élevée,QZ01
                        Quzland,QZ,Lake,ทะเลสาบ,البحيرة,झील,Lac,QZ02
                        """)).status())
                .isEqualTo(Status.SUCCEEDED);
    }

    @Test
    void aThaiNameIsFound() {
        assertThat(search("เชียง")).containsExactly("QZ01");
    }

    @Test
    void anArabicNameIsFoundWithOrWithoutItsArticle() {
        assertThat(search("الجبل")).containsExactly("QZ01");
        assertThat(search("البح")).containsExactly("QZ02");
    }

    @Test
    void aDevanagariNameIsFound() {
        assertThat(search("पहा")).containsExactly("QZ01");
    }

    @Test
    void aFrenchNameIsFoundWithoutItsAccentsAndInAnyCase() {
        assertThat(search("colline ele")).containsExactly("QZ01");
        assertThat(search("COLLINE ÉLE")).containsExactly("QZ01");
    }

    @Test
    void thePlaceSearchAndTheApiFindSecondLanguageNames() {
        assertThat(mvc.get()
                        .uri("/api/v1/units?q={q}", "ทะเล")
                        .with(httpBasic("admin", UnitApiIntegrationTests.ADMIN_PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].pcode")
                .asArray()
                .containsExactly("QZ02");
        assertThat(mvc.get().uri("/units?q={q}", "झील").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("QZ02");
    }

    private java.util.List<String> search(String q) {
        return geography.list(new UnitQuery(null, null, q, 0, 50), "en").items().stream()
                .map(UnitRef::pcode)
                .toList();
    }
}
