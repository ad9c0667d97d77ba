package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;
import static org.harambee.communities.CommunityFixtures.community;
import static org.harambee.communities.CommunityRegistrationIntegrationTests.errors;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.harambee.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A community's phase history through the API: it only grows, its dates never go backwards nor into the future, a
 * skipped phase or a step back needs a reason, action and reflection alternate freely; the first line starts the
 * community; every line is audited and published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PhaseHistoryIntegrationTests extends QuzlandCommunities {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationEvents events;

    UUID kpetema;

    @BeforeEach
    void kpetemaRegistered() {
        kpetema = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Kpetema", "QZ010101", null));
    }

    @Test
    void aDateBeforeTheLatestOrInTheFutureIsRefusedAndNothingChanges() {
        record(Phase.ENTRY, TODAY.minusDays(10), null);

        assertThat(errors(api.phase(
                        kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "LEARNING", TODAY.minusDays(11), null)))
                .containsOnly(Map.entry(
                        "enteredOn",
                        "The date may not be before that of the latest phase (Entry, " + TODAY.minusDays(10) + ")."));
        assertThat(errors(api.phase(
                        kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "LEARNING", TODAY.plusDays(1), null)))
                .containsOnly(Map.entry("enteredOn", "The date may not be in the future."));
        assertThat(errors(api.post(
                        "/api/v1/communities/" + kpetema + "/phases",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"phase\":\"LEARNING\",\"enteredOn\":\"last week\"}")))
                .containsOnly(Map.entry("enteredOn", "Give a date as year-month-day."));

        assertThat(history()).containsExactly("ENTRY");
        assertThat(current()).isEqualTo(Tuple.tuple("ENTRY", TODAY.minusDays(10).toString()));
        record(Phase.LEARNING, TODAY.minusDays(10), null);
        assertThat(history()).containsExactly("ENTRY", "LEARNING");
    }

    @Test
    void aSkippedPhaseNeedsAReasonAndWithoutOneNothingChanges() {
        record(Phase.ENTRY, TODAY.minusDays(30), null);
        long audited = audited();

        assertThat(errors(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "INCLUSIVE_PROCESS", TODAY, null)))
                .containsOnly(Map.entry("reason", "Give a reason for skipping Learning, Feedback and validation."));
        assertThat(errors(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", TODAY, "again")))
                .containsOnly(Map.entry("phase", "The community is in the phase Entry already."));
        assertThat(history()).containsExactly("ENTRY");
        assertThat(current()).isEqualTo(Tuple.tuple("ENTRY", TODAY.minusDays(30).toString()));
        assertThat(audited()).isEqualTo(audited);
        assertThat(events.stream(PhaseChanged.class)).hasSize(1);

        record(Phase.INCLUSIVE_PROCESS, TODAY.minusDays(20), "Learning done by the district team last year");
        assertThat(errors(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "LEARNING", TODAY, " ")))
                .containsOnly(Map.entry("reason", "Give a reason for going back to Learning."));
        assertThat(history()).containsExactly("ENTRY", "INCLUSIVE_PROCESS");
        assertThat(events.stream(PhaseChanged.class))
                .extracting(PhaseChanged::from, PhaseChanged::to, PhaseChanged::irregular)
                .containsExactly(
                        Tuple.tuple(null, Phase.ENTRY, false), Tuple.tuple(Phase.ENTRY, Phase.INCLUSIVE_PROCESS, true));
        assertThat(jdbc.sql("select reason from community_phase where community_id = ? and seq = 2")
                        .param(kpetema)
                        .query(String.class)
                        .single())
                .isEqualTo("Learning done by the district team last year");
    }

    @Test
    void aFirstPhaseOtherThanEntryNeedsAReason() {
        assertThat(errors(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "LEARNING", TODAY, null)))
                .containsOnly(Map.entry("reason", "Give a reason for skipping Entry."));
        assertThat(history()).isEmpty();
        assertThat(events.stream(CommunityStarted.class)).isEmpty();
    }

    @Test
    void actionAndReflectionAlternateAsOftenAsTheCommunityLikes() {
        LocalDate day = TODAY.minusDays(100);
        for (Phase phase : List.of(
                Phase.ENTRY,
                Phase.LEARNING,
                Phase.FEEDBACK_VALIDATION,
                Phase.INCLUSIVE_PROCESS,
                Phase.HARM_SELECTION,
                Phase.ACTION_PLANNING,
                Phase.ACTION,
                Phase.REFLECTION,
                Phase.ACTION,
                Phase.REFLECTION,
                Phase.ACTION,
                Phase.REFLECTION,
                Phase.PHASE_OUT)) {
            record(phase, day, null);
            day = day.plusDays(7);
        }

        assertThat(history()).hasSize(13).endsWith("ACTION", "REFLECTION", "PHASE_OUT");
        assertThat(current())
                .isEqualTo(Tuple.tuple("PHASE_OUT", TODAY.minusDays(16).toString()));
        assertThat(events.stream(CommunityStarted.class)).singleElement().satisfies(started -> {
            assertThat(started.communityId()).isEqualTo(kpetema);
            assertThat(started.startedOn()).isEqualTo(TODAY.minusDays(100));
            assertThat(started.unitPath()).isEqualTo(unitPath("QZ010101"));
        });
        assertThat(events.stream(PhaseChanged.class)).hasSize(13).noneMatch(PhaseChanged::irregular);
        assertThat(audited()).isEqualTo(13);
        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/communities/" + kpetema + "/phases", RESEARCHER, Role.RESEARCHER)),
                        "$[*].recordedBy"))
                .hasSize(13)
                .containsOnly(COORDINATOR);
    }

    @Test
    void twoLinesOnOneDayKeepTheOrderInWhichTheyWereRecorded() {
        record(Phase.ENTRY, TODAY, null);
        record(Phase.LEARNING, TODAY, null);

        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/communities/" + kpetema + "/timeline", RESEARCHER, Role.RESEARCHER)),
                        "$[*].code"))
                .containsExactly("ENTRY", "LEARNING");
        assertThat(current()).isEqualTo(Tuple.tuple("LEARNING", TODAY.toString()));
    }

    private void record(Phase phase, LocalDate on, String reason) {
        assertThat(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, phase.name(), on, reason))
                .hasStatus(201);
    }

    private List<String> history() {
        return JsonPath.read(
                body(api.get("/api/v1/communities/" + kpetema + "/phases", RESEARCHER, Role.RESEARCHER)), "$[*].phase");
    }

    private Tuple current() {
        String json = body(api.get("/api/v1/communities/" + kpetema, RESEARCHER, Role.RESEARCHER));
        return Tuple.tuple(JsonPath.read(json, "$.currentPhase"), JsonPath.read(json, "$.phaseSince"));
    }

    private long audited() {
        return jdbc.sql("select count(*) from access_audit where action = 'PHASE_RECORDED' and record_id = ?")
                .param(kpetema.toString())
                .query(Long.class)
                .single();
    }
}
