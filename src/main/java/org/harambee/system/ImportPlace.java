package org.harambee.system;

import java.util.UUID;

/** The place a record of an import names, as found among the stored units: its id, path, P-code and depth. */
public record ImportPlace(UUID id, String path, String pcode, String name, int depth) {}
