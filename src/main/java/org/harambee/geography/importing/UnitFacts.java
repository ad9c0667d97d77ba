package org.harambee.geography.importing;

import java.time.LocalDate;

/** The optional facts a row states about its own unit only, never about the ancestors it repeats. */
record UnitFacts(LocalDate validFrom, LocalDate validTo, Long populationTotal, Long populationChildren) {

    static final UnitFacts NONE = new UnitFacts(null, null, null, null);
}
