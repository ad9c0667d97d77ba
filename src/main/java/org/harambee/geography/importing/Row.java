package org.harambee.geography.importing;

/**
 * One record of a file: a CSV row or the properties of a GeoJSON feature, with its cells already trimmed.
 *
 * @param line the physical line the record starts on, or the feature index
 */
record Row(int line, String[] cells) {

    /** Returns the cell, or an empty string when the column is absent or the row is short. */
    String cell(int column) {
        return column >= 0 && column < cells.length ? cells[column] : "";
    }

    /** Tells whether this is an HXL hashtag row ({@code #adm1+code}), which describes the header and holds no unit. */
    boolean isHashtagRow() {
        boolean anyTag = false;
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                if (cell.charAt(0) != '#') {
                    return false;
                }
                anyTag = true;
            }
        }
        return anyTag;
    }
}
