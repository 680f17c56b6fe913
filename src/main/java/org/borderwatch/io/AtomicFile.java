package org.borderwatch.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/**
 * Replaces a file so that at every instant it holds either its old or its new content: the new content
 * goes to a temporary file in the same folder, is forced to disk, then renamed over the target, and the
 * rename is forced to disk too. The one way every package saves a file (event stores, ACLED CSV,
 * annotations, settings, exports).
 *
 * <p>The new file keeps the old one's permissions, and its owner and group where the system lets us set
 * them, so a shared file stays shared; a file that did not exist gets rw-r--r--, as a file written directly
 * would (temporary files are created owner-only). Temporary files a killed save left behind are removed by
 * the next save or open (see {@link #removeStale}).
 */
public final class AtomicFile {

    /** A temporary file younger than this may belong to a save still running in another process; it is left alone. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final System.Logger LOG = System.getLogger(AtomicFile.class.getName());

    /** Writes the new content; called once with a buffered stream, which it must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code target}. On failure the target is as it was and no temporary file is left.
     *
     * @throws IOException as thrown by {@code content} or the file system; the target is unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Writes {@code target} as {@link #write} does, and keeps its old version as {@code NAME.bak}
     * (a hard link, so keeping it copies nothing).
     */
    public static void writeKeepingBackup(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean backup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        removeStale(target);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (Files.exists(target)) {
                copyAccess(target, tmp);
                if (backup) keepBackup(target);
            } else {
                readableByAll(tmp);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory(dir);
    }

    /**
     * Gives {@code tmp} the permissions of {@code target}, and its owner and group where allowed (changing the owner
     * takes privileges a user rarely has; the group works when the user belongs to it). Systems without POSIX
     * attributes keep their own rules.
     */
    private static void copyAccess(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) return;
        PosixFileAttributes was = Files.readAttributes(target, PosixFileAttributes.class);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!was.owner().equals(now.owner())) view.setOwner(was.owner());
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.INFO,
                    target + ": the saved file belongs to " + now.owner() + ", not to " + was.owner()
                            + " as before; this user may not give files away");
        }
        try {
            if (!was.group().equals(now.group())) view.setGroup(was.group());
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.INFO,
                    target + ": the saved file's group is " + now.group() + ", not " + was.group()
                            + " as before; this user is not in that group");
        }
        view.setPermissions(was.permissions());
    }

    private static void readableByAll(Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view != null) view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * Deletes the temporary files a killed save of {@code target} left: {@code .NAME.<digits>.tmp} and
     * {@code .NAME.bak.tmp}, regular files older than {@link #STALE_AFTER}. Nothing else is touched, not even a
     * symbolic link of such a name. Failures are logged: a leftover file must not stop a load or a save.
     */
    public static void removeStale(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        String prefix = "." + name + ".";
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(dir, p -> isOurTemporary(p, prefix))) {
            for (Path p : candidates) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                    LOG.log(System.Logger.Level.INFO, "removed " + p + ", left by a save that did not finish");
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "cannot tidy the temporary files of " + target + ": " + e.getMessage());
        }
    }

    private static boolean isOurTemporary(Path p, String prefix) {
        String n = p.getFileName().toString();
        if (!n.startsWith(prefix) || !n.endsWith(".tmp") || n.length() < prefix.length() + ".tmp".length())
            return false;
        String middle = n.substring(prefix.length(), n.length() - ".tmp".length());
        return middle.equals("bak") || !middle.isEmpty() && middle.chars().allMatch(c -> c >= '0' && c <= '9');
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
            System.getLogger(AtomicFile.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "cannot fsync folder " + dir
                                    + " on this system; the rename is atomic but may not yet be durable",
                            e);
        }
    }
}
