package org.borderwatch.map;

import java.nio.charset.StandardCharsets;

/**
 * Fuzz target: any text as an annotations file is read or refused with an {@link AnnotationFileException}; what is
 * read, written and read again, is the same (a silent wrong read otherwise).
 */
public final class AnnotationFuzzTarget {
    private AnnotationFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        AnnotationJson.Loaded loaded;
        try {
            loaded = AnnotationJson.read(new String(data, StandardCharsets.UTF_8), "fuzz.json");
        } catch (AnnotationFileException e) {
            return;
        }
        AnnotationJson.Loaded again;
        try {
            again = AnnotationJson.read(AnnotationJson.write(loaded.annotations()), "again.json");
        } catch (AnnotationFileException e) {
            throw new AssertionError("annotations written by BorderWatch are refused on reading: " + e.getMessage(), e);
        }
        if (!again.annotations().equals(loaded.annotations())
                || !again.problems().isEmpty())
            throw new AssertionError("annotations written and read again differ: " + again.problems());
    }
}
