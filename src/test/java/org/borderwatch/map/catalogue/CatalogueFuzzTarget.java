package org.borderwatch.map.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.borderwatch.fuzz.FuzzFiles;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Fuzz target: any bytes as a maps folder's {@code catalogue.json} give a catalogue (a broken file or entry is a
 * problem, never an exception), and what the catalogue accepts can be used: every good layer's name is unique, its
 * file is there and claimed, and its style builds for each kind of geometry (a silent wrong read otherwise). The
 * folder holds one shapefile and one image so that entries naming them pass the file checks.
 */
public final class CatalogueFuzzTarget {
    private static final Path DIR = FuzzFiles.scratch("catalogue-fuzz");
    /** One reader for the process: it compiles the schema, which is the reader's setup, not its reading. */
    private static final CatalogueReader READER = new CatalogueReader();

    static {
        try {
            for (String name : new String[] {"countries.shp", "relief.png", "rivers.shp"})
                Files.write(DIR.resolve(name), new byte[0]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the maps folder for fuzzing", e);
        }
    }

    private CatalogueFuzzTarget() {}

    /** Runs once before fuzzing, untimed: the first read loads and instruments the validator's classes. */
    public static void fuzzerInitialize() throws IOException {
        fuzzerTestOneInput("{\"layers\": [{\"name\": 1}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path file = DIR.resolve(Catalogue.FILE_NAME);
        Files.write(file, data);
        Catalogue catalogue = READER.read(file);
        Set<String> names = new HashSet<>();
        for (CatalogueLayer layer : catalogue.layers()) {
            if (!names.add(layer.name())) throw new AssertionError("two accepted layers are named " + layer.name());
            if (!Files.isRegularFile(layer.source()))
                throw new AssertionError("layer " + layer.name() + " was accepted without its file " + layer.source());
            if (!catalogue.claimed().contains(layer.source().normalize()))
                throw new AssertionError("layer " + layer.name() + " is accepted but its file is not claimed");
            if (layer.kind() == CatalogueLayer.Kind.VECTOR) {
                for (Class<?> geometry : new Class<?>[] {Point.class, LineString.class, Polygon.class, null})
                    layer.style(geometry);
            }
        }
    }
}
