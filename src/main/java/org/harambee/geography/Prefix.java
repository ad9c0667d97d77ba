package org.harambee.geography;

import org.harambee.access.UnitPaths;

/**
 * Turns "starts with p" into the range [p, end(p)), which a btree index serves on both databases, with bind
 * parameters, where {@code like 'p%'} would not (H2 and PostgreSQL's generic plans cannot see a parameter's prefix).
 * Columns compared this way use binary ordering (collation "C" on PostgreSQL).
 */
final class Prefix {

    private Prefix() {}

    /** The smallest string greater than every string that starts with {@code prefix}. */
    static String end(String prefix) {
        return UnitPaths.end(prefix);
    }
}
