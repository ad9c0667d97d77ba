package org.harambee.scaleup.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.agreements.Agreements;
import org.harambee.capacity.Readiness;
import org.harambee.communities.Clusters;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitMoved;
import org.harambee.geography.UnitView;
import org.harambee.scaleup.ScaleUpEventRecorded;
import org.harambee.scaleup.ScaleUpKind;
import org.harambee.scaleup.events.ScaleUpEvents.EventInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The scale-up module on its own (with the shared kernel): recording an event publishes {@link ScaleUpEventRecorded}
 * with the unit's path and level, and a {@link UnitMoved} published into the module moves the stored path. The
 * modules it reads are mocked; the same flows with every module started are in {@code ScaleUpEventsIntegrationTests}.
 */
@ApplicationModuleTest
class ScaleUpEventsModuleTests {

    static final String COUNTRY = "/00000000-0000-0000-0000-00000000000a/";
    static final String PROVINCE = COUNTRY + "00000000-0000-0000-0000-00000000000b/";
    static final String OTHER_PROVINCE = COUNTRY + "00000000-0000-0000-0000-00000000000c/";
    static final UUID DISTRICT_ID = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final String DISTRICT = PROVINCE + DISTRICT_ID + "/";

    @MockitoBean
    Geography geography;

    @MockitoBean
    Scopes scopes;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    Clusters clusters;

    @MockitoBean
    Readiness readiness;

    @MockitoBean
    Agreements agreements;

    @Autowired
    ScaleUpEvents events;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void amberDistrict() {
        jdbc.sql("delete from scaleup_event").update();
        given(geography.find("QZ0101", "en")).willReturn(Optional.of(district()));
    }

    @Test
    void recordingAnEventPublishesItWithTheUnitsPathAndLevel(Scenario scenario) {
        LocalDate threeDaysAgo = LocalDate.now().minusDays(3);

        scenario.stimulate(() ->
                        events.record(new EventInput("VERTICAL", "QZ0101", threeDaysAgo.toString(), "Pathway adopted")))
                .andWaitForEventOfType(ScaleUpEventRecorded.class)
                .matching(e -> e.kind() == ScaleUpKind.VERTICAL)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.eventId()).isEqualTo(id);
                    assertThat(event.unitId()).isEqualTo(DISTRICT_ID);
                    assertThat(event.unitPath()).isEqualTo(DISTRICT);
                    assertThat(event.level()).isEqualTo(2);
                    assertThat(event.occurredOn()).isEqualTo(threeDaysAgo);
                });
        verify(scopes).require("unit", Permission.PLAN_SCALE_UP, DISTRICT);
        verify(audit)
                .record(
                        eq("SCALEUP_EVENT_RECORDED"),
                        eq("scaleup-event"),
                        anyString(),
                        eq(DISTRICT_ID),
                        eq(DISTRICT),
                        eq("VERTICAL"));
    }

    @Test
    void aStoredEventFollowsItsDistrictToAnotherProvince(Scenario scenario) {
        UUID id = events.record(
                new EventInput("HORIZONTAL", "QZ0101", LocalDate.now().toString(), "Birch joins"));
        String moved = OTHER_PROVINCE + DISTRICT_ID + "/";

        scenario.publish(new UnitMoved(DISTRICT_ID, "QZ0101", DISTRICT, moved))
                .andWaitForStateChange(() -> path(id), moved::equals)
                .andVerify(path -> assertThat(path).isEqualTo(moved));
    }

    private String path(UUID event) {
        return jdbc.sql("select unit_path from scaleup_event where id = ?")
                .param(event)
                .query(String.class)
                .single();
    }

    private static UnitView district() {
        return new UnitView(
                DISTRICT_ID,
                "QZ0101",
                "Amber",
                Map.of(),
                2,
                "District",
                "QZ01",
                DISTRICT,
                null,
                null,
                null,
                null,
                null,
                false,
                0);
    }
}
