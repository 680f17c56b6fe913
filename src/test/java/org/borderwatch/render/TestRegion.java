package org.borderwatch.render;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.DataUtilities;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.feature.SchemaException;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A fixed, hand-drawn stand-in for the region (coarse outlines in WGS 84, not survey data), so the
 * golden images test the renderer and not whatever the maps/ folder holds today.
 */
final class TestRegion {

    private static final GeometryFactory GF = new GeometryFactory();

    private TestRegion() {}

    static MapModel model() {
        try {
            List<Layer> layers = List.of(
                    new Layer("countries", "Countries", countries(), RegionCatalogue.countries(), true),
                    new Layer("admin1", "Districts", admin1(), RegionCatalogue.admin1(), true),
                    new Layer(
                            "boundary_kosovo_serbia",
                            "Kosovo–Serbia boundary",
                            boundary(),
                            RegionCatalogue.boundary(),
                            true),
                    new Layer("places", "Places", places(), RegionCatalogue.places(), true));
            return new MapModel(layers, CRS.decode("EPSG:32634"), "Test outlines, not survey data · BorderWatch");
        } catch (Exception e) {
            throw new IllegalStateException("test region could not be built", e);
        }
    }

    /** The region in EPSG:32634. */
    static ReferencedEnvelope extent() {
        try {
            return new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84)
                    .transform(CRS.decode("EPSG:32634"), true);
        } catch (Exception e) {
            throw new IllegalStateException("extent could not be projected", e);
        }
    }

    static final double[] KOSOVO = {
        20.05, 42.55, 20.35, 42.0, 20.6, 41.86, 21.1, 41.95, 21.45, 42.2, 21.78, 42.45, 21.55, 42.75, 21.3, 43.0, 21.0,
        43.15, 20.8, 43.27, 20.55, 43.15, 20.35, 42.88, 20.05, 42.55
    };
    static final double[] SERBIA = {
        18.85, 45.9, 19.4, 45.2, 19.1, 44.9, 19.35, 44.4, 19.6, 44.05, 19.25, 43.55, 19.5, 43.3, 20.05, 43.1, 20.35,
        42.88, 20.05, 42.55, 20.6, 41.86, 21.1, 41.95, 21.78, 42.45, 22.35, 42.35, 22.5, 42.8, 22.95, 43.2, 22.45, 43.8,
        22.6, 44.2, 22.2, 44.45, 21.5, 44.75, 21.4, 45.2, 20.8, 45.75, 20.25, 46.1, 18.85, 45.9
    };

    private static SimpleFeatureSource countries() throws SchemaException {
        SimpleFeatureType type = type("countries", "the_geom:Polygon,name:String,role:String");
        List<SimpleFeature> fs = new ArrayList<>();
        fs.add(feature(
                type,
                "c1",
                polygon(
                        18.0, 41.5, 19.7, 41.5, 20.6, 41.86, 20.35, 42.0, 20.05, 42.55, 19.5, 43.3, 19.25, 43.55, 18.0,
                        43.4, 18.0, 41.5),
                "Montenegro & Albania",
                "neighbour"));
        fs.add(feature(
                type,
                "c2",
                polygon(
                        20.6, 41.86, 20.6, 40.8, 23.0, 40.8, 22.35, 42.35, 21.78, 42.45, 21.45, 42.2, 21.1, 41.95, 20.6,
                        41.86),
                "North Macedonia",
                "neighbour"));
        fs.add(feature(
                type,
                "c3",
                polygon(
                        22.35, 42.35, 23.0, 40.8, 24.2, 40.8, 24.2, 45.0, 22.6, 44.2, 22.45, 43.8, 22.95, 43.2, 22.5,
                        42.8, 22.35, 42.35),
                "Bulgaria",
                "neighbour"));
        fs.add(feature(
                type,
                "c4",
                polygon(18.0, 43.4, 19.25, 43.55, 19.6, 44.05, 19.35, 44.4, 19.1, 44.9, 18.0, 45.1, 18.0, 43.4),
                "Bosnia and Herzegovina",
                "neighbour"));
        fs.add(feature(type, "c5", polygon(SERBIA), "Serbia", "serbia"));
        fs.add(feature(type, "c6", polygon(KOSOVO), "Kosovo", "kosovo"));
        return DataUtilities.source(new ListFeatureCollection(type, fs));
    }

    private static SimpleFeatureSource admin1() throws SchemaException {
        SimpleFeatureType type = type("admin1", "the_geom:Polygon,name:String");
        List<SimpleFeature> fs = new ArrayList<>();
        fs.add(feature(
                type,
                "a1",
                polygon(20.35, 42.88, 20.8, 42.7, 21.3, 43.0, 21.0, 43.15, 20.8, 43.27, 20.55, 43.15, 20.35, 42.88),
                "Mitrovica"));
        fs.add(feature(
                type, "a2", polygon(20.8, 42.7, 21.55, 42.75, 21.78, 42.45, 21.1, 42.4, 20.8, 42.7), "Pristina"));
        fs.add(feature(
                type,
                "a3",
                polygon(
                        19.6, 44.05, 21.2, 44.2, 21.4, 43.4, 20.35, 42.88, 20.05, 43.1, 19.5, 43.3, 19.25, 43.55, 19.6,
                        44.05),
                "Šumadija and Western Serbia"));
        return DataUtilities.source(new ListFeatureCollection(type, fs));
    }

    private static SimpleFeatureSource boundary() throws SchemaException {
        SimpleFeatureType type = type("boundary_kosovo_serbia", "the_geom:LineString,name:String");
        Coordinate[] cs =
                coords(20.35, 42.88, 20.55, 43.15, 20.8, 43.27, 21.0, 43.15, 21.3, 43.0, 21.55, 42.75, 21.78, 42.45);
        return DataUtilities.source(new ListFeatureCollection(
                type, List.of(feature(type, "b1", GF.createLineString(cs), "Kosovo–Serbia"))));
    }

    private static SimpleFeatureSource places() throws SchemaException {
        SimpleFeatureType type = type("places", "the_geom:Point,name:String,rank:Integer");
        Object[][] rows = {
            {"Belgrade", 20.46, 44.82, 1}, {"Pristina", 21.17, 42.66, 1}, {"Novi Sad", 19.84, 45.26, 2},
            {"Niš", 21.90, 43.32, 2}, {"Skopje", 21.43, 42.0, 2}, {"Mitrovica", 20.87, 42.89, 3},
            {"Prizren", 20.74, 42.21, 3}, {"Peja", 20.29, 42.66, 3}, {"Kraljevo", 20.69, 43.72, 3},
            {"Novi Pazar", 20.51, 43.14, 4}, {"Gjilan", 21.47, 42.46, 4}, {"Raška", 20.61, 43.29, 5},
            {"Leposavić", 20.80, 43.10, 5}, {"Zubin Potok", 20.69, 42.91, 5}, {"Jarinje", 20.76, 43.24, 6},
            {"Banjska", 20.78, 42.98, 6}, {"Vučitrn", 20.97, 42.82, 5}, {"Kruševac", 21.33, 43.58, 4}
        };
        List<SimpleFeature> fs = new ArrayList<>();
        int i = 0;
        for (Object[] r : rows)
            fs.add(feature(type, "p" + i++, GF.createPoint(new Coordinate((double) r[1], (double) r[2])), r[0], r[3]));
        return DataUtilities.source(new ListFeatureCollection(type, fs));
    }

    /** A feature type in WGS 84 longitude/latitude, the axis order shapefiles store. */
    private static SimpleFeatureType type(String name, String spec) throws SchemaException {
        return DataUtilities.createSubType(DataUtilities.createType(name, spec), null, DefaultGeographicCRS.WGS84);
    }

    private static SimpleFeature feature(SimpleFeatureType type, String id, Geometry g, Object... attrs) {
        SimpleFeatureBuilder b = new SimpleFeatureBuilder(type);
        b.add(g);
        for (Object a : attrs) b.add(a);
        return b.buildFeature(id);
    }

    static Geometry polygon(double... lonLat) {
        return GF.createPolygon(coords(lonLat));
    }

    private static Coordinate[] coords(double... lonLat) {
        Coordinate[] cs = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        return cs;
    }
}
