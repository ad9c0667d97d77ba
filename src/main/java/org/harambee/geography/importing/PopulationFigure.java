package org.harambee.geography.importing;

/**
 * The population of one unit as a COD-PS row gives it.
 *
 * @param line where the row is, for problems
 * @param sheet the sheet it is in, {@code null} for a CSV file
 * @param pcode the unit's P-code, upper-case
 * @param total people, or {@code null} when the row does not say
 * @param children people under 18, or {@code null} when the row has no age bands
 * @param year the reference year of the figures
 */
record PopulationFigure(int line, String sheet, String pcode, Long total, Long children, int year) {}
