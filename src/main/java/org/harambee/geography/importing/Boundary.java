package org.harambee.geography.importing;

/**
 * A unit's boundary as read from a file, kept in the import's spill file rather than in memory: a national GeoJSON is
 * hundreds of megabytes of coordinates, while validation only needs to know that a unit has a boundary and whether it
 * is the one already stored.
 *
 * @param hash SHA-256 of the normalised shape (coordinates rounded to 1e-7 degrees, about a centimetre), so that the
 *     same boundary read twice, in another ring order or from another format, compares equal
 * @param offset where the full GeoJSON text starts in the spill file
 * @param length bytes of the full GeoJSON text
 * @param mapLength bytes of the simplified GeoJSON text served to maps, which follows the full text
 */
public record Boundary(String hash, long offset, int length, int mapLength) {}
