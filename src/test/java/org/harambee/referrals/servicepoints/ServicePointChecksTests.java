package org.harambee.referrals.servicepoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phone numbers as people write them on notice boards, e-mail addresses, categories and the parent an area may sit
 * under, checked without Spring.
 */
class ServicePointChecksTests {

    @ParameterizedTest
    @ValueSource(strings = {"+000 555 0101", "0765-123-456", "(076) 512.3456", "112233"})
    void phoneNumbersMayBeWrittenWithSpacesDashesDotsAndBrackets(String phone) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(ServicePointChecks.phone("phone", " " + phone + " ", problems))
                .isEqualTo(phone);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"call us", "12345", "+1234567890123456", "076 512 ext 3", "++076512345"})
    void aPhoneNumberNeedsSixToFifteenDigitsAndNothingElse(String phone) {
        List<FieldProblem> problems = new ArrayList<>();
        ServicePointChecks.phone("phone", phone, problems);
        assertThat(problems).extracting(FieldProblem::key).containsExactly("servicePoints.phone.invalid");
    }

    @Test
    void anEmailAddressNeedsAUserAndADomainWithADotAndIsKeptInLowerCase() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(ServicePointChecks.email("email", "Amber.SW@Example.org", problems))
                .isEqualTo("amber.sw@example.org");
        assertThat(problems).isEmpty();
        for (String bad : List.of("office.example.org", "office@example", "a b@example.org", "@example.org")) {
            ServicePointChecks.email("email", bad, problems);
        }
        assertThat(problems).hasSize(4);
    }

    @Test
    void categoriesAreNamedInAnyCaseAndAMissingOrUnknownOneIsRefusedAsACategory() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(ServicePointChecks.INPUTS.choice("category", " health ", ServiceCategory.class, problems))
                .isEqualTo(ServiceCategory.HEALTH);
        assertThat(problems).isEmpty();
        ServicePointChecks.INPUTS.choice("category", "MAGIC", ServiceCategory.class, problems);
        ServicePointChecks.INPUTS.choice("category", " ", ServiceCategory.class, problems);
        assertThat(problems)
                .extracting(FieldProblem::key)
                .containsExactly("servicePoints.category.invalid", "servicePoints.category.invalid");
    }

    @Test
    void theParentOfAUnitIsReadFromItsPathAndACountryHasNone() {
        assertThat(ServicePointChecks.parent("/a/b/c/")).isEqualTo("/a/b/");
        assertThat(ServicePointChecks.parent("/a/")).isEqualTo("/a/");
    }
}
