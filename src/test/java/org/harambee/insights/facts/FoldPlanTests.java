package org.harambee.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a batch of deltas adds to the tables, worked out before anything is written. */
class FoldPlanTests {

    static final UUID COUNTRY = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final UUID PROVINCE = UUID.fromString("00000000-0000-7000-8000-000000000002");
    static final UUID DISTRICT = UUID.fromString("00000000-0000-7000-8000-000000000003");
    static final UUID CHIEFDOM = UUID.fromString("00000000-0000-7000-8000-000000000004");
    static final UUID OTHER_CHIEFDOM = UUID.fromString("00000000-0000-7000-8000-000000000005");
    static final String DISTRICT_PATH = "/" + COUNTRY + "/" + PROVINCE + "/" + DISTRICT + "/";
    static final String PATH = DISTRICT_PATH + CHIEFDOM + "/";
    static final String OTHER_PATH = DISTRICT_PATH + OTHER_CHIEFDOM + "/";
    static final UUID COMMUNITY = UUID.fromString("00000000-0000-7000-8000-0000000000c1");
    static final LocalDate HORIZON = LocalDate.of(2026, 3, 1);

    @Test
    void aCommunityFlowCountsAtTheCommunityAndAtEachUnitForItsMonthOnly() {
        FoldPlan plan = new FoldPlan(HORIZON);

        plan.add(item(COMMUNITY, PATH, 'A', 'F', "2026-02-01", "MEETINGS", 1));
        plan.add(item(COMMUNITY, PATH, 'A', 'F', "2026-02-01", "MEETINGS", 1));

        assertThat(plan.communities())
                .containsExactly(Map.entry(new FoldPlan.CommunityKey(COMMUNITY, date("2026-02-01"), "MEETINGS"), 2L));
        assertThat(plan.units())
                .containsOnlyKeys(
                        key(COUNTRY, 'M', "2026-02-01", "MEETINGS"),
                        key(PROVINCE, 'M', "2026-02-01", "MEETINGS"),
                        key(DISTRICT, 'M', "2026-02-01", "MEETINGS"),
                        key(CHIEFDOM, 'M', "2026-02-01", "MEETINGS"))
                .containsEntry(key(CHIEFDOM, 'M', "2026-02-01", "MEETINGS"), 2L);
        assertThat(plan.totals()).isEmpty();
    }

    @Test
    void aRegistrationChangesTheRunningTotalOfItsMonthOnlyWhateverTheHorizon() {
        FoldPlan plan = new FoldPlan(HORIZON);

        plan.add(item(COMMUNITY, PATH, 'A', 'F', "2026-01-01", "COMMUNITIES_REGISTERED", 1));
        plan.add(item(COMMUNITY, PATH, 'A', 'F', "2026-05-01", "COMMUNITIES_REGISTERED", 1));
        plan.add(item(UUID.randomUUID(), PATH, 'A', 'F', "2026-05-01", "COMMUNITIES_REGISTERED", 1));

        assertThat(plan.totals())
                .hasSize(4 * 2)
                .containsEntry(key(DISTRICT, 'T', "2026-01-01", "COMMUNITIES_REGISTERED_TOTAL"), 1L)
                .containsEntry(key(COUNTRY, 'T', "2026-05-01", "COMMUNITIES_REGISTERED_TOTAL"), 2L);
        assertThat(plan.units()).containsEntry(key(DISTRICT, 'M', "2026-05-01", "COMMUNITIES_REGISTERED"), 2L);
        assertThat(plan.units().keySet()).noneMatch(k -> k.measure().equals("COMMUNITIES_REGISTERED_TOTAL"));
        assertThat(plan.future()).isEmpty();
        assertThat(FoldPlan.flowOf(key(DISTRICT, 'T', "2026-01-01", "COMMUNITIES_REGISTERED_TOTAL")))
                .isEqualTo(key(DISTRICT, 'M', "2026-01-01", "COMMUNITIES_REGISTERED"));
    }

    @Test
    void aUnitChangeCountsAtThatUnitOnlyAndAQuarterFromBeforeMonthsOnlyNotAtAll() {
        FoldPlan plan = new FoldPlan(HORIZON);

        plan.add(item(null, DISTRICT_PATH, 'U', 'M', "2026-01-01", "MEETINGS", -3));
        plan.add(item(null, DISTRICT_PATH, 'U', 'Q', "2026-01-01", "MEETINGS", -3));

        assertThat(plan.units()).containsExactly(Map.entry(key(DISTRICT, 'M', "2026-01-01", "MEETINGS"), -3L));
        assertThat(plan.communities()).isEmpty();
    }

    @Test
    void aPartnerCountsFromTheMonthOfItsFirstDateToTheHorizon() {
        FoldPlan plan = new FoldPlan(HORIZON);

        plan.add(item(null, DISTRICT_PATH, 'U', 'R', "2026-02-01", "PARTNERS_INVITED", 1));

        assertThat(plan.units())
                .containsOnlyKeys(
                        key(DISTRICT, 'M', "2026-02-01", "PARTNERS_INVITED"),
                        key(DISTRICT, 'M', "2026-03-01", "PARTNERS_INVITED"));
    }

    @Test
    void aDistrictBecomesActiveOnceHoweverManyOfItsCommunitiesBecomeActive() {
        FoldPlan plan = new FoldPlan(HORIZON);
        plan.add(item(COMMUNITY, PATH, 'A', 'M', "2026-02-01", "COMMUNITIES_ACTIVE", 1));
        plan.add(item(UUID.randomUUID(), OTHER_PATH, 'A', 'M', "2026-02-01", "COMMUNITIES_ACTIVE", 1));

        assertThat(plan.activeAtDistricts()).containsExactly(key(DISTRICT, 'M', "2026-02-01", "COMMUNITIES_ACTIVE"));
        plan.districts(Map.of());

        assertThat(plan.units())
                .containsEntry(key(DISTRICT, 'M', "2026-02-01", "COMMUNITIES_ACTIVE"), 2L)
                .containsEntry(key(DISTRICT, 'M', "2026-02-01", "DISTRICTS_ACTIVE"), 1L)
                .containsEntry(key(COUNTRY, 'M', "2026-02-01", "DISTRICTS_ACTIVE"), 1L)
                .doesNotContainKey(key(CHIEFDOM, 'M', "2026-02-01", "DISTRICTS_ACTIVE"));
    }

    @Test
    void aDistrictAlreadyActiveGainsNothingAndOneFallingToNoneStopsBeingActive() {
        FoldPlan more = new FoldPlan(HORIZON);
        more.add(item(COMMUNITY, PATH, 'A', 'M', "2026-02-01", "COMMUNITIES_ACTIVE", 1));
        Map<FoldPlan.UnitKey, Long> before = new HashMap<>();
        before.put(key(DISTRICT, 'M', "2026-02-01", "COMMUNITIES_ACTIVE"), 3L);
        more.districts(before);
        assertThat(more.units()).doesNotContainKey(key(DISTRICT, 'M', "2026-02-01", "DISTRICTS_ACTIVE"));

        FoldPlan moved = new FoldPlan(HORIZON);
        moved.add(item(null, DISTRICT_PATH, 'U', 'M', "2026-02-01", "COMMUNITIES_ACTIVE", -3));
        moved.districts(before);
        assertThat(moved.units())
                .containsEntry(key(DISTRICT, 'M', "2026-02-01", "DISTRICTS_ACTIVE"), -1L)
                .containsEntry(key(PROVINCE, 'M', "2026-02-01", "DISTRICTS_ACTIVE"), -1L);
    }

    @Test
    void changesThatCancelOutWriteNothing() {
        FoldPlan plan = new FoldPlan(HORIZON);

        plan.add(item(COMMUNITY, PATH, 'A', 'M', "2026-02-01", "COMMUNITIES_ACTIVE_LINKED", 1));
        plan.add(item(COMMUNITY, PATH, 'A', 'M', "2026-02-01", "COMMUNITIES_ACTIVE_LINKED", -1));

        assertThat(plan.units()).isEmpty();
        assertThat(plan.communities()).isEmpty();
    }

    @Test
    void pathsAreReadWithoutTheDatabase() {
        assertThat(FoldPlan.prefixes(PATH))
                .containsExactly("/" + COUNTRY + "/", "/" + COUNTRY + "/" + PROVINCE + "/", DISTRICT_PATH, PATH);
        assertThat(FoldPlan.last(PATH)).isEqualTo(CHIEFDOM);
        assertThat(FoldPlan.depth(DISTRICT_PATH)).isEqualTo(2);
    }

    private static FoldPlan.Item item(
            UUID community, String path, char scope, char kind, String start, String measure, long value) {
        return new FoldPlan.Item(community, path, scope, kind, date(start), measure, value);
    }

    private static FoldPlan.UnitKey key(UUID unit, char kind, String start, String measure) {
        return new FoldPlan.UnitKey(unit, kind, date(start), measure);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
