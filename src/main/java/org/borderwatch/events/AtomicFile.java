package org.borderwatch.events;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that at every instant it holds either its old or its new content: the new content
 * goes to a temporary file in the same folder, is forced to disk, then renamed over the target. The old
 * version is kept as {@code NAME.bak} (a hard link, so keeping it copies nothing).
 */
public final class AtomicFile {

    /** Writes the new content; called once with a buffered stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    public static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (Files.exists(target)) keepBackup(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory(dir);
    }

    /** Points NAME.bak at the current content; the target itself is never absent meanwhile. */
    private static void keepBackup(Path target) throws IOException {
        Path bak = target.resolveSibling(target.getFileName() + ".bak");
        Path tmpBak = target.resolveSibling("." + target.getFileName() + ".bak.tmp");
        Files.deleteIfExists(tmpBak);
        try {
            Files.createLink(tmpBak, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            // file systems without hard links: copy instead
            Files.copy(target, tmpBak, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Files.move(tmpBak, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmpBak, bak, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; Linux allows fsync on a directory, other systems may refuse. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            System.getLogger(AtomicFile.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot fsync folder " + dir + " on this system; the rename is atomic but may not yet be durable", e);
        }
    }
}
