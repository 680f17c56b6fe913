package org.borderwatch.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.borderwatch.map.catalogue.Catalogue;
import org.borderwatch.map.catalogue.CatalogueLayer;
import org.geotools.api.style.Style;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The styles of the project's own layer catalogue (maps/catalogue.json), for tests that draw the region's look. */
public final class RegionCatalogue {

    private RegionCatalogue() {}

    public static Style countries() {
        return style("countries", Polygon.class);
    }

    public static Style admin1() {
        return style("admin1", Polygon.class);
    }

    public static Style boundary() {
        return style("boundary_kosovo_serbia", LineString.class);
    }

    public static Style places() {
        return style("places", Point.class);
    }

    public static Style style(String layer, Class<?> binding) {
        try {
            CatalogueLayer entry = Catalogue.of(Path.of("maps")).layer(layer);
            if (entry == null) throw new IllegalStateException("maps/catalogue.json has no layer " + layer);
            return entry.style(binding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
