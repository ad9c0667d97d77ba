package org.harambee.geography.importing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the attribute table of a shapefile ({@code .dbf}, dBASE III): field names of at most ten characters, fixed-width
 * text records. The encoding comes from the layer's {@code .cpg} file when there is one (OCHA ships one saying UTF-8),
 * otherwise from the dBASE language byte, otherwise UTF-8.
 */
final class DbfReader {

    private static final int FIELD_DESCRIPTOR = 32;
    private static final int LANGUAGE_BYTE = 29;

    private final DataInputStream in;
    private final Charset charset;
    private final String[] names;
    private final char[] types;
    private final int[] widths;
    private final int recordLength;
    private final int records;
    private int read;

    DbfReader(InputStream in, String cpg) throws IOException {
        this.in = new DataInputStream(in);
        byte[] head = new byte[FIELD_DESCRIPTOR];
        this.in.readFully(head);
        ByteBuffer header = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        this.records = header.getInt(4);
        int headerLength = Short.toUnsignedInt(header.getShort(8));
        this.recordLength = Short.toUnsignedInt(header.getShort(10));
        this.charset = charset(cpg, head[LANGUAGE_BYTE] & 0xFF);
        byte[] descriptors = new byte[headerLength - FIELD_DESCRIPTOR];
        this.in.readFully(descriptors);
        int fields = 0;
        while (fields * FIELD_DESCRIPTOR < descriptors.length && descriptors[fields * FIELD_DESCRIPTOR] != 0x0D) {
            fields++;
        }
        names = new String[fields];
        types = new char[fields];
        widths = new int[fields];
        for (int i = 0; i < fields; i++) {
            int at = i * FIELD_DESCRIPTOR;
            int end = at;
            while (end < at + 11 && descriptors[end] != 0) {
                end++;
            }
            names[i] = new String(descriptors, at, end - at, charset).trim();
            types[i] = (char) descriptors[at + 11];
            widths[i] = descriptors[at + 16] & 0xFF;
        }
    }

    String[] fieldNames() {
        return names.clone();
    }

    boolean hasNext() {
        return read < records;
    }

    /** The next record's values as text (dates as ISO dates), or {@code null} for a record marked deleted. */
    String[] next() throws IOException {
        byte[] record = new byte[recordLength];
        in.readFully(record);
        read++;
        if (record[0] == '*') {
            return null;
        }
        String[] values = new String[names.length];
        int at = 1;
        for (int i = 0; i < names.length; i++) {
            String value = new String(record, at, Math.min(widths[i], record.length - at), charset).trim();
            values[i] = types[i] == 'D' && value.length() == 8
                    ? value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6)
                    : value;
            at += widths[i];
        }
        return values;
    }

    private static Charset charset(String cpg, int languageByte) {
        if (cpg != null && !cpg.isBlank()) {
            String name = cpg.trim().toUpperCase(Locale.ROOT);
            if (name.matches("\\d{3,4}")) {
                name = "windows-" + name;
            } else if (name.equals("UTF8")) {
                name = "UTF-8";
            } else if (name.equals("88591")) {
                name = "ISO-8859-1";
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        // dBASE language driver ids of the Windows ANSI code page; anything else is read as UTF-8.
        return languageByte == 0x03 || languageByte == 0x57 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    }
}
