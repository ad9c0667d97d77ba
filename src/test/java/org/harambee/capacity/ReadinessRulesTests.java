package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The arithmetic of readiness: facilitators per 10 communities, officers per service point, government support. */
class ReadinessRulesTests {

    @Test
    void oneTrainedFacilitatorPerTenCommunitiesIsRoundedUp() {
        assertThat(ReadinessRules.facilitators(1, 10, 1))
                .isEqualTo(check("TRAINED_FACILITATORS_PER_10_COMMUNITIES", true, 1, 1));
        assertThat(ReadinessRules.facilitators(1, 11, 1).met()).isFalse();
        assertThat(ReadinessRules.facilitators(1, 11, 1).required()).isEqualTo(2);
        assertThat(ReadinessRules.facilitators(2, 25, 5).met()).isTrue();
        assertThat(ReadinessRules.facilitators(2, 25, 4).required()).isEqualTo(5);
    }

    @Test
    void anAreaWithoutCommunitiesHasNoFacilitatorAssignedAndIsNotReady() {
        ReadinessCheck check = ReadinessRules.facilitators(1, 0, 0);

        assertThat(check.met()).isFalse();
        assertThat(check.required()).isEqualTo(1);
        assertThat(ReadinessRules.facilitators(0, 0, 0).met()).isTrue();
    }

    @Test
    void everyServicePointOfThePathwayNeedsATrainedOfficer() {
        assertThat(ReadinessRules.officers(3, 3)).isEqualTo(check("TRAINED_OFFICER_PER_SERVICE_POINT", true, 3, 3));
        assertThat(ReadinessRules.officers(3, 2).met()).isFalse();
        assertThat(ReadinessRules.officers(0, 0).met())
                .as("a pathway without service points")
                .isFalse();
    }

    @Test
    void aServicePointIsCoveredWhenEnoughOfItsOfficersAreTrained() {
        assertThat(ReadinessRules.covered(1, 1)).isTrue();
        assertThat(ReadinessRules.covered(0, 1)).isFalse();
        assertThat(ReadinessRules.covered(1, 2)).isFalse();
        assertThat(ReadinessRules.covered(0, 0))
                .as("at least one, whatever is configured")
                .isFalse();
    }

    @Test
    void governmentSupportCountsTheRecords() {
        assertThat(ReadinessRules.governmentSupport(1, 0)).isEqualTo(check("GOVERNMENT_SUPPORT_RECORDED", false, 0, 1));
        assertThat(ReadinessRules.governmentSupport(1, 2).met()).isTrue();
    }

    @Test
    void theCriteriaOfAnAreaComeFromItsUnitAndTheUnitsAboveIt() {
        assertThat(ReadinessCriteria.prefixes("/a/b/c/")).containsExactly("/a/", "/a/b/", "/a/b/c/");
        assertThat(ReadinessCriteria.parentPath("/a/b/c/")).isEqualTo("/a/b/");
        assertThat(ReadinessCriteria.parentPath("/a/")).isNull();
    }

    private static ReadinessCheck check(String criterion, boolean met, long actual, long required) {
        return new ReadinessCheck(criterion, met, actual, required);
    }
}
