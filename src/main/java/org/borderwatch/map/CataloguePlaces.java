package org.borderwatch.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.map.catalogue.Catalogue;
import org.borderwatch.map.catalogue.CatalogueLayer;
import org.borderwatch.map.catalogue.PlaceFields;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The named features of the catalogue's vector layers as gazetteer places: every layer whose entry has a
 * {@code gazetteer} block (see {@link PlaceFields}), the shipped settlements and administrative units as much as
 * a layer the user added. A point feature is a place at its point; a line or an area is a place at a point inside
 * it, with its bounds, so picking it shows all of it. A point inside a municipality's area is said to lie in that
 * municipality.
 */
public final class CataloguePlaces {

    /**
     * The places read, the other places handed in with the municipality they lie in filled in, and what was wrong,
     * each problem naming the catalogue file, the layer and the field or feature.
     */
    public record Result(List<GazetteerPlace> places, List<GazetteerPlace> others, List<String> problems) {
        public Result {
            places = List.copyOf(places);
            others = List.copyOf(others);
            problems = List.copyOf(problems);
        }
    }

    private static final GeometryFactory POINTS = new GeometryFactory();

    private CataloguePlaces() {}

    /**
     * The places of every layer of {@code catalogue} that names its features for the gazetteer; {@code others}
     * (places from elsewhere, the crossings) are told the municipality they lie in when they do not say.
     */
    public static Result read(Catalogue catalogue, List<GazetteerPlace> others) {
        List<GazetteerPlace> places = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        STRtree municipalities = new STRtree();
        List<Geometry> areas = new ArrayList<>();
        for (CatalogueLayer layer : catalogue.layers()) {
            PlaceFields fields = layer.gazetteer();
            if (fields == null || layer.kind() != CatalogueLayer.Kind.VECTOR) continue;
            String where = catalogue.file().getFileName() + ", layer " + layer.name();
            try {
                read(layer, fields, where, places, areas, problems);
            } catch (IOException | RuntimeException e) {
                problems.add(where + ", field /source: " + layer.source().getFileName() + " cannot be read: "
                        + e.getMessage());
            }
        }
        for (int i = 0; i < places.size(); i++) {
            Geometry area = areas.get(i);
            if (area instanceof Polygonal && "municipality".equals(places.get(i).kind()))
                municipalities.insert(area.getEnvelopeInternal(), i);
        }
        List<GazetteerPlace> out = new ArrayList<>(places.size());
        for (int i = 0; i < places.size(); i++)
            out.add(
                    areas.get(i) instanceof Point point
                            ? located(places.get(i), point, municipalities, places, areas)
                            : places.get(i));
        List<GazetteerPlace> told = new ArrayList<>(others.size());
        for (GazetteerPlace p : others)
            told.add(located(p, POINTS.createPoint(new Coordinate(p.lon(), p.lat())), municipalities, places, areas));
        return new Result(out, told, problems);
    }

    /** {@code p} with the municipality whose area covers its point, if it names none and one does. */
    private static GazetteerPlace located(
            GazetteerPlace p, Point point, STRtree municipalities, List<GazetteerPlace> places, List<Geometry> areas) {
        if (p.municipality() != null) return p;
        for (Object hit : municipalities.query(point.getEnvelopeInternal())) {
            int m = (Integer) hit;
            if (areas.get(m).covers(point))
                return p.inMunicipality(
                        places.get(m).names().values().iterator().next());
        }
        return p;
    }

    private static void read(
            CatalogueLayer layer,
            PlaceFields fields,
            String where,
            List<GazetteerPlace> places,
            List<Geometry> areas,
            List<String> problems)
            throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(layer.source());
        try {
            SimpleFeatureType type = store.getSchema();
            for (String attribute : fields.attributes())
                if (type.getDescriptor(attribute) == null) {
                    problems.add(where + ", field /gazetteer: " + layer.source().getFileName() + " has no attribute \""
                            + attribute + "\"; the layer adds no places");
                    return;
                }
            MathTransform toLonLat = toLonLat(type.getCoordinateReferenceSystem());
            String file = layer.source().getFileName().toString();
            try (SimpleFeatureIterator it =
                    store.getFeatureSource().getFeatures().features()) {
                while (it.hasNext()) {
                    SimpleFeature f = it.next();
                    String name = text(f, fields.name());
                    Object g = f.getDefaultGeometry();
                    if (name == null || !(g instanceof Geometry geometry) || geometry.isEmpty()) continue;
                    try {
                        if (toLonLat != null) geometry = JTS.transform(geometry, toLonLat);
                        places.add(place(layer, fields, f, name, geometry, file));
                        areas.add(geometry);
                    } catch (Exception e) {
                        problems.add(where + ", feature " + f.getID() + " (" + name + "): " + e.getMessage()
                                + "; left out of the gazetteer");
                    }
                }
            }
        } finally {
            store.dispose();
        }
    }

    private static GazetteerPlace place(
            CatalogueLayer layer, PlaceFields fields, SimpleFeature f, String name, Geometry geometry, String file) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(fields.language(), name);
        fields.names().forEach((tag, attribute) -> {
            String v = text(f, attribute);
            if (v != null) names.putIfAbsent(tag, v);
        });
        List<String> alt = new ArrayList<>();
        for (String attribute : fields.alt()) {
            String v = text(f, attribute);
            if (v != null && !names.containsValue(v) && !alt.contains(v)) alt.add(v);
        }
        String sourceId = fields.id() == null ? null : text(f, fields.id());
        String id = sourceId != null
                ? (fields.idPrefix() != null ? fields.idPrefix() : layer.name() + ":") + sourceId
                : layer.name() + ":" + f.getID();
        String kind = fields.kindField() != null && text(f, fields.kindField()) != null
                ? text(f, fields.kindField())
                : fields.kind();
        Point at = geometry instanceof Point p ? p : geometry.getInteriorPoint();
        GazetteerPlace.Bounds bounds = null;
        String point = "";
        if (!(geometry instanceof Point)) {
            Envelope e = geometry.getEnvelopeInternal();
            bounds = new GazetteerPlace.Bounds(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
            point = ", a point inside its shape";
        }
        String cited = fields.source() + (sourceId != null ? " " + sourceId : "");
        return new GazetteerPlace(
                id,
                kind,
                names,
                alt,
                at.getX(),
                at.getY(),
                null,
                fields.country() == null ? null : text(f, fields.country()),
                population(fields.population() == null ? null : f.getAttribute(fields.population())),
                cited + " (maps/" + file + point + ")",
                cited + " (maps/" + file + ")",
                bounds);
    }

    /** A transform to WGS 84 longitude/latitude; null when the layer is in it already or does not say. */
    private static MathTransform toLonLat(CoordinateReferenceSystem crs) throws IOException {
        if (crs == null || CRS.equalsIgnoreMetadata(crs, DefaultGeographicCRS.WGS84)) return null;
        try {
            MathTransform t = CRS.findMathTransform(crs, DefaultGeographicCRS.WGS84, true);
            return t.isIdentity() ? null : t;
        } catch (Exception e) {
            throw new IOException("no transform from the layer's CRS to longitude/latitude: " + e.getMessage(), e);
        }
    }

    private static String text(SimpleFeature f, String attribute) {
        Object v = f.getAttribute(attribute);
        if (v == null) return null;
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static long population(Object v) {
        if (v instanceof Number n) return Math.max(0, n.longValue());
        if (v == null || v.toString().isBlank()) return 0;
        try {
            return Math.max(0, (long) Double.parseDouble(v.toString().strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
