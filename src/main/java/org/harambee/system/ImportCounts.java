package org.harambee.system;

/** What an import changed: records created, records updated, and records that were stored already as the file says. */
public record ImportCounts(int created, int updated, int unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
