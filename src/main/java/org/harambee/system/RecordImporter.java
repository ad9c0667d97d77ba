package org.harambee.system;

import java.util.List;

/**
 * One kind of record a spreadsheet can bring in (communities, accounts, service points…), implemented by the module
 * that owns the records and run by the one import machinery of the {@code imports} module (decision 0037). The
 * machinery reads the file (CSV or XLSX, streamed), checks its header against {@link #columns()}, resolves the place of
 * every record when the kind is {@link #placed()} (P-code, or name with its parent's name, inside the importer's area
 * for {@link #permission()} or {@link #narrowerPermissions()}), then asks the importer to {@link #read} each record and {@link #check} them all. Only a
 * file without any problem is written, by {@link #write}, in one transaction: nothing is written otherwise.
 *
 * @param <D> what the importer makes of one record (its checked draft)
 */
public interface RecordImporter<D> {

    /** The kind's name in paths, templates and messages: lower case, such as {@code communities}. */
    String kind();

    /** The name of the permission (an {@code access.Permission}) an importer needs at each record's place. */
    String permission();

    /**
     * Further permissions that also let one import the kind, each with a narrower right that the importer enforces
     * itself, record by record, through {@link ImportContext#covers(String, String)} (presence: an organisation's own
     * staff, for their organisation only). The kind is offered to whoever holds {@link #permission()} or any of these;
     * the machinery refuses a place outside every area the importer holds them in. None by default.
     */
    default List<String> narrowerPermissions() {
        return List.of();
    }

    /** The template's columns, in order. Names are the header's words, the same in every language. */
    List<ImportColumn> columns();

    /**
     * Whether each record names a place in the columns {@code pcode}, or {@code place} with {@code parent}: the
     * machinery resolves it (refusing an unknown or ambiguous name, with the candidates) and refuses a place outside
     * the importer's area; {@link ImportRecord#place()} holds it.
     */
    default boolean placed() {
        return false;
    }

    /** Reads and checks one record; reports its problems by column and answers {@code null} when it has any. */
    D read(ImportRecord record, ImportContext context);

    /** Checks the records together once all are read (the same key twice, references to stored records). */
    default void check(List<D> drafts, ImportContext context) {}

    /**
     * Writes the drafts, inside the import's transaction: a record whose natural key is stored already is updated when
     * it differs and left alone otherwise. Reports progress through {@link ImportContext#progress}.
     */
    ImportCounts write(List<D> drafts, ImportContext context);
}
