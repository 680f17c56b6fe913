package org.borderwatch.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packs several files into one fuzz input and back: each part is a 4-byte big-endian length and its bytes; a
 * length of -1 (or input that ends) means the file is absent. Lengths past the input's end are cut to it, so every
 * byte string decodes to some set of files.
 */
public final class FuzzFiles {
    private FuzzFiles() {}

    /** The {@code count} parts of {@code data}; null entries are absent files. */
    public static byte[][] split(byte[] data, int count) {
        byte[][] parts = new byte[count][];
        ByteBuffer b = ByteBuffer.wrap(data);
        for (int i = 0; i < count && b.remaining() >= 4; i++) {
            int length = b.getInt();
            if (length < 0) continue;
            int n = Math.min(length, b.remaining());
            parts[i] = Arrays.copyOfRange(data, b.position(), b.position() + n);
            b.position(b.position() + n);
        }
        return parts;
    }

    /** The fuzz input holding {@code parts} (null for an absent file). */
    public static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(
                    ByteBuffer.allocate(4).putInt(p == null ? -1 : p.length).array());
            if (p != null) out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Writes each part to {@code files[i]}, deleting the file when the part is absent. */
    public static void write(byte[][] parts, Path... files) throws IOException {
        for (int i = 0; i < files.length; i++) {
            if (parts[i] == null) Files.deleteIfExists(files[i]);
            else Files.write(files[i], parts[i]);
        }
    }

    /** The fuzz input for the files {@code base + extension} (absent ones included as absent). */
    public static byte[] of(Path base, String... extensions) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        for (String ext : extensions) {
            Path p = base.resolveSibling(base.getFileName() + ext);
            parts.add(Files.isRegularFile(p) ? Files.readAllBytes(p) : null);
        }
        return join(parts);
    }

    /** A scratch folder for one fuzzing process, in memory where the system offers it, so file writes cost little. */
    public static Path scratch(String name) {
        try {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, name)
                    : Files.createTempDirectory(name);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a scratch folder for fuzzing", e);
        }
    }
}
