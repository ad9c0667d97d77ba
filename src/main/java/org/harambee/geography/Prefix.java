package org.harambee.geography;

/**
 * Turns "starts with p" into the range [p, end(p)), which a btree index serves on both databases, with bind
 * parameters, where {@code like 'p%'} would not (H2 and PostgreSQL's generic plans cannot see a parameter's prefix).
 * Columns compared this way use binary ordering (collation "C" on PostgreSQL).
 */
final class Prefix {

    private Prefix() {}

    /** The smallest string greater than every string that starts with {@code prefix}. */
    static String end(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
