package org.harambee.geography.picking;

import java.util.List;

/**
 * A place offered by the picker: its P-code, its name in the asked language, its level (0 = country) and the names of
 * its parents, nearest first, so that two villages of the same name can be told apart.
 */
public record PlaceCandidate(String pcode, String name, int depth, List<String> parents) {

    /** The parents as read: "Kenema › Eastern"; empty for a country. */
    public String within() {
        return String.join(" › ", parents);
    }
}
