package org.harambee.system;

/** What the import machinery gives an importer: who imports, where they may, and where to report problems. */
public interface ImportContext {

    /** The importer's username (for {@code created_by} and the audit trail). */
    String user();

    /**
     * Whether the importer may act at this unit path for the kind's permission or one of its narrower ones (the area
     * the machinery checked the places against).
     */
    boolean covers(String unitPath);

    /**
     * Whether the importer holds this permission (the kind's own or one of its {@linkplain
     * RecordImporter#narrowerPermissions() narrower} ones) at this unit path; no by default.
     */
    default boolean covers(String permission, String unitPath) {
        return false;
    }

    /**
     * Reports a problem of a record: {@code line} as in {@link ImportRecord#line()}, {@code column} a column name
     * (or {@code null} for the record as a whole), {@code code} a message key read in the user's language.
     */
    void problem(int line, String column, String code, Object... args);

    /** Whether any problem was reported; the file will then be written nothing of. */
    boolean hasProblems();

    /** Reports that this many records of the file are written so far. */
    void progress(int written);
}
