package org.harambee.geography;

import java.util.UUID;

/** A boundary import was written; counts of units created, changed and moved. */
public record BoundariesImported(UUID importId, int created, int updated, int moved) {}
