package org.harambee.geography.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The boundaries of one import, written to a file beside the upload as they are read and read back while the units
 * are written. Memory then holds one boundary at a time, whatever the size of the file (docs/decisions/0014).
 */
final class BoundarySpill implements AutoCloseable {

    private final Path file;
    private FileChannel channel;
    private long size;

    BoundarySpill(Path file) {
        this.file = file;
    }

    /** A spill in the system's temporary folder, for imports made without an upload. */
    static BoundarySpill temporary() {
        try {
            return new BoundarySpill(Files.createTempFile("harambee-boundaries-", ".spill"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Boundary add(BoundaryCheck.Checked checked) {
        byte[] full = checked.full().getBytes(StandardCharsets.UTF_8);
        byte[] map = checked.map().getBytes(StandardCharsets.UTF_8);
        long offset = size;
        try {
            FileChannel out = channel();
            writeFully(out, ByteBuffer.wrap(full), offset);
            writeFully(out, ByteBuffer.wrap(map), offset + full.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size += full.length + map.length;
        return new Boundary(checked.hash(), offset, full.length, map.length);
    }

    /** The full boundary as GeoJSON text. */
    String full(Boundary boundary) {
        return read(boundary.offset(), boundary.length());
    }

    /** The simplified boundary for maps as GeoJSON text. */
    String map(Boundary boundary) {
        return read(boundary.offset() + boundary.length(), boundary.mapLength());
    }

    private String read(long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            FileChannel in = channel();
            while (buffer.hasRemaining()) {
                if (in.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("spill file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        return channel;
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            position += out.write(buffer, position);
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
