package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The adoption pipeline's order: one step after another, adopting from trained on. */
class AdoptionStepTests {

    @Test
    void eachStepHasOneNextAndSupportingIsTheLast() {
        assertThat(AdoptionStep.INVITED.next()).isEqualTo(AdoptionStep.AGREED);
        assertThat(AdoptionStep.AGREED.next()).isEqualTo(AdoptionStep.TRAINED);
        assertThat(AdoptionStep.TRAINED.next()).isEqualTo(AdoptionStep.SUPPORTING);
        assertThat(AdoptionStep.SUPPORTING.next()).isNull();
    }

    @Test
    void anOrganisationIsAdoptingOnceTrained() {
        assertThat(AdoptionStep.values())
                .filteredOn(AdoptionStep::adopting)
                .containsExactly(AdoptionStep.TRAINED, AdoptionStep.SUPPORTING);
    }
}
