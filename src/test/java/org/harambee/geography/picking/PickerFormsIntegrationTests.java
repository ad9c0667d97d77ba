package org.harambee.geography.picking;

import static org.assertj.core.api.Assertions.assertThat;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Each page with a form or filter that asks for a place shows the picker, with its way back for browsers without JS. */
@SpringBootTest
@AutoConfigureMockMvc
class PickerFormsIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void zedland() {
        Zedland.load(jdbc, jobs);
        TestAccounts.create(jdbc, "picker-national", "synthetic-picker-pass-2026", Role.NATIONAL_COORDINATOR, "ZZ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/communities",
                "/communities/new",
                "/communities/backlog",
                "/communities/map",
                "/communities/network",
                "/clusters",
                "/clusters/new",
                "/service-points",
                "/service-points/new",
                "/pathways/ZZ0101",
                "/trainings",
                "/trainings/new",
                "/facilitators",
                "/facilitators/new",
                "/presence",
                "/presence/new",
                "/adoptions",
                "/adoptions/new",
                "/stakeholders",
                "/stakeholders/new",
                "/forums",
                "/forums/new",
                "/agreements",
                "/agreements/new",
                "/scale-up",
                "/scale-up/plans/new",
                "/scale-up/events",
                "/rollouts",
                "/rollouts/new"
            })
    void aCoordinatorsFormsAskForAPlaceThroughThePicker(String page) {
        assertThat(mvc.get().uri(page).with(TestAccounts.as("picker-national", Role.NATIONAL_COORDINATOR)))
                .hasStatusOk()
                .bodyText()
                .contains("class=\"place-picker\"", "name=\"_pick\"", "formaction=\"/places/pick\"", "name=\"_back\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit", "/accounts/new", "/insights/dhis2"})
    void anAdministratorsFormsAskForAPlaceThroughThePicker(String page) {
        assertThat(mvc.get().uri(page).with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("class=\"place-picker\"", "name=\"_pick\"");
    }
}
