package org.borderwatch.ui.map;

import java.awt.Color;
import java.util.List;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.style.Style;
import org.geotools.data.DataUtilities;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.geotools.styling.StyleBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * In-memory maps for the UI tests: rectangles in WGS 84 around real places of the region, shown in
 * UTM 34N like the app's map. "land" covers the region; "spot" is a small square around Pristina.
 */
public final class TestMaps {
    static final Envelope LAND_LONLAT = new Envelope(19.0, 23.0, 41.5, 44.5);
    static final Envelope SPOT_LONLAT = new Envelope(21.10, 21.25, 42.60, 42.72);
    static final Color LAND = new Color(0xC8, 0xD8, 0xB0);
    public static final Color SPOT = new Color(0xB0, 0x30, 0x30);

    private TestMaps() {}

    /** The test region as the app would have it after loading: model, extent and lon/lat transform. */
    public static LoadedMap region() {
        return region(LAND_LONLAT);
    }

    /** The test map with the land layer spanning {@code land} (lon/lat). */
    public static LoadedMap region(Envelope land) {
        try {
            CoordinateReferenceSystem utm = CRS.decode("EPSG:32634");
            MapModel model = new MapModel(
                    List.of(layer("land", "Land", land, LAND), layer("spot", "Pristina square", SPOT_LONLAT, SPOT)),
                    utm,
                    "Test data");
            return LoadedMap.prepare(model);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the test map", e);
        }
    }

    private static Layer layer(String name, String title, Envelope lonLat, Color fill) {
        SimpleFeatureTypeBuilder builder = new SimpleFeatureTypeBuilder();
        builder.setName(name);
        builder.setCRS(DefaultGeographicCRS.WGS84); // lon/lat order, as shapefiles store it
        builder.add("the_geom", Polygon.class);
        builder.add("name", String.class);
        SimpleFeatureType type = builder.buildFeatureType();
        GeometryFactory geometries = new GeometryFactory();
        Polygon box = geometries.createPolygon(new Coordinate[] {
            new Coordinate(lonLat.getMinX(), lonLat.getMinY()), new Coordinate(lonLat.getMaxX(), lonLat.getMinY()),
            new Coordinate(lonLat.getMaxX(), lonLat.getMaxY()), new Coordinate(lonLat.getMinX(), lonLat.getMaxY()),
            new Coordinate(lonLat.getMinX(), lonLat.getMinY())
        });
        ListFeatureCollection features = new ListFeatureCollection(type);
        features.add(SimpleFeatureBuilder.build(type, new Object[] {box, title}, name + ".1"));
        StyleBuilder styles = new StyleBuilder();
        Style style = styles.createStyle(styles.createPolygonSymbolizer(fill, Color.BLACK, 1));
        return new Layer(name, title, DataUtilities.source(features), style, true);
    }
}
