package org.harambee.geography;

import java.util.UUID;

/**
 * A unit as a figure needs it, read in one query without its level names or child counts: {@code name} in the
 * reader's language where the unit has one, {@code path} its materialised path, {@code populationChildren} its number
 * of children (people under 18) where known.
 */
public record UnitSummary(UUID id, String pcode, String name, int level, String path, Long populationChildren) {}
