package org.harambee.partners;

import java.util.UUID;

/** An organisation named in passing: by other modules, in lists and on pages. */
public record OrganisationRef(UUID id, String name, String shortName, OrganisationKind kind, boolean active) {

    /** The short name where there is one, otherwise the name. */
    public String label() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
