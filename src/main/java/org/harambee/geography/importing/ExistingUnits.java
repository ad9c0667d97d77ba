package org.harambee.geography.importing;

import java.util.Collection;

/**
 * What the database already holds, so that a file may refer to stored parents and move stored units. Implementations
 * should answer from memory or in batches: the validator asks once per unit in the file.
 */
public interface ExistingUnits {

    /** A stored unit's place in the hierarchy. */
    record Known(String pcode, String parentPcode, int level) {}

    /** Returns the stored unit with this P-code, or {@code null} when there is none. */
    Known find(String pcode);

    /** Returns the stored direct children of the unit, for callers that need to follow a move downwards. */
    Collection<Known> childrenOf(String pcode);
}
