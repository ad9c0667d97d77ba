package org.harambee.insights.export;

/**
 * The forms of the DHIS2 page as bound, each field as typed: the codes and periods are checked by the mapping and push
 * services, which refuse them beside their fields. {@code remove} is the name of the button that unmaps a row.
 */
final class Dhis2Forms {

    private Dhis2Forms() {}

    /** An indicator mapped to (or unmapped from) a DHIS2 data element. */
    record ElementForm(String indicator, String periodType, String dataSet, String uid, String remove) {

        boolean removing() {
            return remove != null;
        }
    }

    /** A unit mapped to (or unmapped from) a DHIS2 organisation unit. */
    record UnitForm(String pcode, String uid, String remove) {

        boolean removing() {
            return remove != null;
        }
    }

    /** A push of one unit's figures for one period. */
    record PushForm(String pcode, String period) {}
}
