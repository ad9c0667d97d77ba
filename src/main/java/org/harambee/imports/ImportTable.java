package org.harambee.imports;

import java.util.List;
import org.harambee.system.ImportRecord;

/** The records of an import file, read: its format ({@code csv} or {@code xlsx}) and its records in file order. */
record ImportTable(String format, List<ImportRecord> records) {}
