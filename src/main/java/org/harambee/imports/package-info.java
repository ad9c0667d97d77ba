/**
 * Imports: records brought in from spreadsheets (CSV or XLSX) by one machinery for every kind (decision 0037). Each
 * module that owns a kind of record implements {@link org.harambee.system.RecordImporter} (communities, accounts,
 * service points and pathway routes, organisations and their presence, training participants); this module reads the
 * file streaming, checks its header, finds each record's place as the place picker does and inside the importer's
 * area, lets the owner check every record, and writes only a file without problems, in one transaction, in the
 * background with progress. Owns the table {@code imports_job}. Publishes and listens to no event.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Imports",
        allowedDependencies = {"access", "geography", "system"})
package org.harambee.imports;
