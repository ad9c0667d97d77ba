package org.harambee.geography;

import java.time.Instant;

/**
 * A past state of a unit that a re-import changed: MOVED (from another parent) or RENAMED.
 *
 * @param language the language of the name that changed ({@code und} where the file named none); {@code null} for a
 *     move, or a rename recorded before languages were kept
 */
public record UnitChange(String kind, Instant changedAt, String oldParentPcode, String oldName, String language) {}
