package org.harambee.system;

/**
 * A column of an import template: its name in the header, whether every record must fill it, and a synthetic example.
 * What it holds is explained in the reader's language by the message {@code recordImports.<kind>.<name>}.
 */
public record ImportColumn(String name, boolean required, String example) {

    public static ImportColumn required(String name, String example) {
        return new ImportColumn(name, true, example);
    }

    public static ImportColumn optional(String name, String example) {
        return new ImportColumn(name, false, example);
    }
}
