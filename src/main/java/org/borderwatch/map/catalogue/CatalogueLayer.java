package org.borderwatch.map.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.geotools.api.style.Style;

/**
 * One checked entry of the layer catalogue: where the layer's data is, what it is for, the scales it is
 * drawn at, how it looks and whose work it is. Its style is made for the geometry type of its file, which
 * the catalogue does not repeat: a polygon layer's lines outline areas, a line layer's lines are the features.
 */
public final class CatalogueLayer {

    /** The vendor option a text symbolizer carries when its label goes inside the polygon it names. */
    public static final String AREA_LABEL_OPTION = "borderwatch-area";

    /** Vector features (a shapefile) or a georeferenced image. */
    public enum Kind {
        VECTOR,
        RASTER
    }

    private final String name;
    private final String title;
    private final Path source;
    private final Kind kind;
    private final String group;
    private final int order;
    private final double minScale;
    private final double maxScale;
    private final boolean visible;
    private final double opacity;
    private final boolean multiply;
    private final double fadeBelow;
    private final String attribution;
    private final String licence;
    private final JsonNode rules;
    private final PlaceFields gazetteer;

    CatalogueLayer(JsonNode entry, Path mapsDir) {
        name = entry.get("name").asText();
        title = entry.get("title").asText();
        source = mapsDir.resolve(entry.get("source").asText());
        kind = entry.get("kind").asText().equals("raster") ? Kind.RASTER : Kind.VECTOR;
        group = entry.get("group").asText();
        order = entry.get("order").asInt();
        minScale = entry.path("minScale").asDouble(0);
        maxScale = entry.has("maxScale") ? entry.get("maxScale").asDouble() : Double.POSITIVE_INFINITY;
        visible = entry.path("visible").asBoolean(true);
        opacity = entry.path("opacity").asDouble(1);
        multiply = entry.path("blend").asText("normal").equals("multiply");
        fadeBelow = entry.path("fadeBelow").asDouble(0);
        attribution = entry.get("attribution").asText();
        licence = entry.get("licence").asText();
        rules = entry.path("rules");
        gazetteer = PlaceFields.of(entry, attribution);
    }

    /** Stable identifier, used in settings and on the command line. */
    public String name() {
        return name;
    }

    /** What the layers panel and the legend call it. */
    public String title() {
        return title;
    }

    /** The layer's file, in the catalogue's folder. */
    public Path source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** relief, water, boundaries, transport or places: the layers panel groups by it. */
    public String group() {
        return group;
    }

    /** Drawing order: lower is drawn first, at the bottom. */
    public int order() {
        return order;
    }

    /** The smallest scale denominator the layer is drawn at (inclusive). */
    public double minScale() {
        return minScale;
    }

    /** The scale denominator from which on the layer is no longer drawn; infinite when it always is. */
    public double maxScale() {
        return maxScale;
    }

    /** Whether the layer is shown when no setting says otherwise. */
    public boolean visible() {
        return visible;
    }

    /** 0 (transparent) to 1 (opaque); the layer is composed over those under it with this alpha. */
    public double opacity() {
        return opacity;
    }

    /** True when the layer darkens what lies under it (multiply blending), as a hillshade does. */
    public boolean multiply() {
        return multiply;
    }

    /** For a raster, the scale denominator at which it has faded out (it fades from twice this); 0 when it never fades. */
    public double fadeBelow() {
        return fadeBelow;
    }

    /** The credit printed on the map while the layer is drawn. */
    public String attribution() {
        return attribution;
    }

    public String licence() {
        return licence;
    }

    /** The attributes that name the layer's features for the gazetteer; null when the layer adds no places. */
    public PlaceFields gazetteer() {
        return gazetteer;
    }

    /**
     * The layer's style for features of {@code geometryBinding} (a JTS geometry class; null when unknown,
     * drawn as polygons), with one GeoTools rule per band of scales where its widths and sizes stay the same.
     */
    public Style style(Class<?> geometryBinding) {
        return new CatalogueStyle(name, minScale, maxScale).build(rules, geometryBinding);
    }
}
