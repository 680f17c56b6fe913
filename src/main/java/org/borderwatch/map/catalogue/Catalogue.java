package org.borderwatch.map.catalogue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The layer catalogue of a maps folder ({@code catalogue.json}, checked against {@code catalogue.schema.json}):
 * the layers that passed every check, in drawing order, and a problem for each entry that did not. A bad entry
 * never stops the map from opening: it is reported and left out.
 *
 * @param file       the catalogue file
 * @param background the colour of the sea and of everything no layer covers
 * @param layers     the good entries, bottom first
 * @param problems   what was wrong with the others, in file order
 * @param claimed    the files every entry names, good or bad: a file of a bad entry is left out, not drawn plain
 */
public record Catalogue(
        Path file, Color background, List<CatalogueLayer> layers, List<CatalogueProblem> problems, Set<Path> claimed) {

    /** The file name a maps folder keeps its catalogue under. */
    public static final String FILE_NAME = "catalogue.json";
    /** The background when the catalogue gives none (or a broken one). */
    public static final Color DEFAULT_BACKGROUND = new Color(0xD4E3EC);

    public Catalogue {
        Objects.requireNonNull(file, "catalogue file");
        Objects.requireNonNull(background, "background of " + file);
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
        claimed = Set.copyOf(claimed);
    }

    /**
     * The catalogue of {@code mapsDir}; an empty one (no layers, no problems) when the folder has no catalogue file.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static Catalogue of(Path mapsDir) throws IOException {
        return new CatalogueReader().read(mapsDir.resolve(FILE_NAME));
    }

    /**
     * The catalogue held in {@code json} (a style resource such as the OpenStreetMap extract's), called {@code name}
     * in messages, whose layer sources are files in {@code folder}. Checked as a catalogue file is.
     */
    public static Catalogue of(Path name, byte[] json, Path folder) {
        return new CatalogueReader().read(name, json, folder);
    }

    /** The entry of layer {@code name}, or null. */
    public CatalogueLayer layer(String name) {
        for (CatalogueLayer l : layers) if (l.name().equals(name)) return l;
        return null;
    }
}
