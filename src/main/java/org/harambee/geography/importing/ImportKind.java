package org.harambee.geography.importing;

/**
 * What an import file brings: the administrative hierarchy with its boundaries (OCHA COD-AB), or population figures
 * for units already stored (OCHA COD-PS), which leave the hierarchy untouched.
 */
public enum ImportKind {
    BOUNDARIES,
    POPULATION
}
