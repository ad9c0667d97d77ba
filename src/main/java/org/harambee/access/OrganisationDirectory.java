package org.harambee.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How the access module links an account to a registered organisation without depending on the partners module
 * (which depends on this one): partners provides the implementation.
 */
public interface OrganisationDirectory {

    /** An organisation as an account shows it. */
    record Organisation(UUID id, String name) {}

    Optional<Organisation> byId(UUID id);

    /** The active organisations, by name, to choose from. */
    List<Organisation> active();
}
