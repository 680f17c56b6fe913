package org.borderwatch.map.catalogue;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with one entry of the layer catalogue; the entry is left out and the rest of the map loads.
 *
 * @param file    the catalogue file
 * @param layer   the layer's name, or {@code layers[N]} when it has none; null for the file as a whole
 * @param field   JSON pointer of the offending value inside the layer (or the file), e.g. {@code /rules/0/stroke/colour}
 * @param message what is wrong, in words
 */
public record CatalogueProblem(Path file, String layer, String field, String message) {

    public CatalogueProblem {
        Objects.requireNonNull(file, "catalogue file");
        Objects.requireNonNull(message, "problem message");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.getFileName().toString());
        if (layer != null) s.append(", layer ").append(layer);
        if (field != null && !field.isEmpty()) s.append(", field ").append(field);
        return s.append(": ").append(message).toString();
    }
}
