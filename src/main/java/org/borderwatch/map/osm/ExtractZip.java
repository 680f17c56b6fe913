package org.borderwatch.map.osm;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The shapefiles of a .zip (Geofabrik ships {@code kosovo-latest-free.shp.zip}) unpacked once into the app's cache
 * folder, so the shapefile reader maps real files. The folder is named for the zip's name, size and modification
 * time, so a new download gets a new folder; it is written under a temporary name and renamed when every entry is
 * out and checked (the zip's CRC of each), so a folder under its final name is always complete. Only shapefile parts
 * (.shp .shx .dbf .prj .cpg) and text are unpacked; paths inside the zip are flattened, never followed out of the
 * folder.
 */
public final class ExtractZip {

    private static final Set<String> PARTS = Set.of(".shp", ".shx", ".dbf", ".prj", ".cpg", ".txt");

    private final Path cacheDir;

    /** Unpacks into sub-folders of {@code cacheDir} (created when missing). */
    public ExtractZip(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /**
     * The folder holding the shapefiles of {@code zip}, unpacked now unless an earlier call already did.
     *
     * @throws ExtractException naming the zip and the entry, when the zip is broken, cut short or holds an entry
     *                          whose content does not match its checksum; nothing is left under the final name
     * @throws IOException      when the cache folder cannot be written
     */
    public Path unpack(Path zip) throws IOException, ExtractException {
        BasicFileAttributes attrs = Files.readAttributes(zip, BasicFileAttributes.class);
        String base = zip.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        Path done = cacheDir.resolve(
                base + "-" + attrs.size() + "-" + attrs.lastModifiedTime().toMillis());
        if (Files.isDirectory(done)) return done;
        Files.createDirectories(cacheDir);
        Path work = Files.createTempDirectory(cacheDir, base + ".unpacking-");
        try {
            copyEntries(zip, work);
            try {
                Files.move(work, done, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another process finished the same zip first: its folder is as good as ours
                if (!Files.isDirectory(done)) throw e;
            }
        } finally {
            ExtractClip.deleteTree(work);
        }
        return done;
    }

    private static void copyEntries(Path zip, Path into) throws IOException, ExtractException {
        String zipName = zip.getFileName().toString();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = wanted(e);
                if (name == null) continue;
                try (InputStream in = file.getInputStream(e);
                        OutputStream out = Files.newOutputStream(into.resolve(name))) {
                    // ZipFile's stream checks the entry's CRC at its end and throws ZipException when it differs
                    in.transferTo(out);
                } catch (ZipException | EOFException ex) {
                    throw new ExtractException(zipName, e.getName(), reason(ex));
                }
            }
        } catch (ZipException e) {
            // no central directory: the file was cut short (or is no zip); say which entry the cut fell in
            throw new ExtractException(zipName, lastEntry(zip), reason(e) + cutNote(zip));
        }
    }

    /** The flattened file name to unpack {@code e} under, or null to leave it in the zip. */
    private static String wanted(ZipEntry e) {
        if (e.isDirectory()) return null;
        String name = e.getName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (name.isEmpty() || name.startsWith(".") || dot < 0) return null;
        return PARTS.contains(name.substring(dot).toLowerCase(Locale.ROOT)) ? name : null;
    }

    /**
     * The entry a truncated zip ends inside, read from the local headers in file order: the last one whose data
     * could not be read to its end, or the last one begun; null when not even the first header is whole.
     */
    private static String lastEntry(Path zip) {
        String last = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            byte[] sink = new byte[1 << 16];
            while ((e = in.getNextEntry()) != null) {
                last = e.getName();
                while (in.read(sink) >= 0) {
                    // read to the entry's end to reach the next header
                }
            }
        } catch (IOException ex) {
            return last;
        }
        return last;
    }

    private static String cutNote(Path zip) {
        try {
            return " (the file is " + Files.size(zip) + " bytes: cut short, or not a zip)";
        } catch (IOException e) {
            return "";
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
