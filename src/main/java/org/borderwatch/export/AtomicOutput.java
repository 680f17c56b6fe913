package org.borderwatch.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file atomically: into a temporary file in the same folder, forced to disk, then moved
 * over the target in one step. Readers never see half a file, and a failed export leaves the old
 * file as it was.
 */
final class AtomicOutput {

    /** What writes the bytes; it must not close the stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {}

    /**
     * Writes {@code target}.
     *
     * @throws ExportException if the target exists and {@code overwrite} is false, the folder is
     *                         missing or not writable, or writing fails
     */
    static void write(Path target, boolean overwrite, Body body) throws ExportException {
        refuseExisting(target, overwrite);
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) throw new ExportException(target, "folder " + dir + " does not exist", null);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new ExportException(target, "folder " + dir + " is not writable", e);
        } catch (IOException e) {
            throw new ExportException(target, "cannot create a temporary file in " + dir + ": " + e.getMessage(), e);
        }
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            // checked again just before the move: another program may have created it meanwhile
            refuseExisting(target, overwrite);
            readableLikeAnyFile(tmp, target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new ExportException(target, "folder disappeared while writing: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportException(target, "writing failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                System.getLogger(AtomicOutput.class.getName()).log(System.Logger.Level.WARNING,
                        "could not remove temporary file " + tmp, e);
            }
        }
    }

    /**
     * Temporary files are created owner-only; the export gets the permissions of the file it replaces,
     * or rw-r--r--, as a file written directly would.
     */
    private static void readableLikeAnyFile(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** @throws ExportException if {@code target} exists and {@code overwrite} is false */
    static void refuseExisting(Path target, boolean overwrite) throws ExportException {
        if (!overwrite && Files.exists(target))
            throw new ExportException(target, "already exists; not overwriting it (use --force to replace it)", null);
    }
}
