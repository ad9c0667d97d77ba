/**
 * Countries, their named administrative levels and units (P-code, names per language, parent, materialised path,
 * validity, geometry, population), imported from COD-AB/HXL CSV and GeoJSON. Other modules ask it for units, ancestors
 * and subtrees through {@link org.harambee.geography.Geography}; it publishes {@link org.harambee.geography.UnitMoved}
 * and {@link org.harambee.geography.BoundariesImported}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Geography",
        allowedDependencies = {"access", "system"})
package org.harambee.geography;
