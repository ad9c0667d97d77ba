/**
 * Boundary imports. Reading files (OCHA COD-AB and HDX CSV, GeoJSON) into units and checking that they form a sound
 * hierarchy with what is stored is pure Java ({@code UnitFileParser}, {@code HierarchyValidator}); the jobs, the
 * snapshot of stored units and the batched writer put a checked file into the database in one transaction.
 */
package org.harambee.geography.importing;
