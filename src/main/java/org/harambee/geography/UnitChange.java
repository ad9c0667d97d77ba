package org.harambee.geography;

import java.time.Instant;

/** A past state of a unit that a re-import changed: MOVED (from another parent) or RENAMED. */
public record UnitChange(String kind, Instant changedAt, String oldParentPcode, String oldName) {}
