package org.borderwatch.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.io.AtomicFile;

/**
 * The annotations file kept beside an event store: {@code data/events.geojson} has its annotations
 * in {@code data/events.annotations.json}. Saves are atomic, so a crash never leaves half a file.
 */
public final class AnnotationFile {

    private AnnotationFile() {}

    /** Where the annotations of the given store live (the file need not exist). */
    public static Path besideStore(Path store) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return store.resolveSibling(base + ".annotations.json");
    }

    /**
     * Reads an annotations file; bad records are skipped and listed in the result.
     *
     * @throws AnnotationFileException if the file is missing, unreadable or not an annotations file
     */
    public static AnnotationJson.Loaded read(Path file) throws AnnotationFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new AnnotationFileException(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new AnnotationFileException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
        return AnnotationJson.read(text, file.toString());
    }

    /**
     * Writes the annotations to {@code file} atomically (see {@link AtomicFile}).
     *
     * @throws IOException if the folder is not writable or the move fails
     */
    public static void write(Path file, List<Annotation> annotations) throws IOException {
        byte[] json = AnnotationJson.write(annotations).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(json));
    }
}
