package org.borderwatch.geojson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.collection.SpatialIndexFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of any geometry as a GeoTools feature source, for a layer the user adds: not
 * the event store, whose features follow the store's schema. Properties become attributes typed by what the features
 * hold (whole numbers Long, other numbers Double, booleans Boolean, the rest text, objects and arrays as their JSON);
 * the geometry type is the one every feature shares, else any geometry. Coordinates are WGS 84 longitude/latitude
 * unless an old-style {@code "crs"} member names an EPSG code. The features are held in memory under a spatial index,
 * so a frame's box query reads only what it shows. A feature that cannot be read is skipped and reported in
 * {@link #problems()}.
 */
public final class GeoJsonLayer {
    private static final String GEOMETRY = "geometry";

    private final Path file;
    private final GeoJsonFeatureSource source;
    private final List<GeoJsonFormatException> problems;

    private GeoJsonLayer(Path file, GeoJsonFeatureSource source, List<GeoJsonFormatException> problems) {
        this.file = file;
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads {@code file}, skipping each feature that cannot be read.
     *
     * @throws GeoJsonFormatException if the file is missing, is not JSON, or is not a FeatureCollection
     */
    public static GeoJsonLayer read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new GeoJsonFormatException(file, "file not found");
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new ObjectMapper().readTree(in);
        } catch (JacksonException e) {
            throw new GeoJsonFormatException(
                    file,
                    "not JSON: " + e.getOriginalMessage() + " (line "
                            + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        if (root == null
                || !root.isObject()
                || !"FeatureCollection".equals(root.path("type").asText()))
            throw new GeoJsonFormatException(
                    file,
                    "not a GeoJSON FeatureCollection (its \"type\" is "
                            + (root == null || !root.isObject()
                                    ? "missing"
                                    : root.path("type").toString()) + ")");
        JsonNode features = root.get("features");
        if (features == null || !features.isArray())
            throw new GeoJsonFormatException(file, "\"features\" is not an array");
        CoordinateReferenceSystem crs = crs(file, root);
        List<GeoJsonFormatException> problems = new ArrayList<>();
        GeometryDecoder decoder = new GeometryDecoder(new GeometryFactory());
        List<Geometry> geometries = new ArrayList<>();
        List<JsonNode> kept = new ArrayList<>();
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String id = f.hasNonNull("id") ? f.get("id").asText() : null;
            if (!f.isObject() || !"Feature".equals(f.path("type").asText())) {
                problems.add(new GeoJsonFormatException(file, i, id, "type", "is not a Feature"));
                continue;
            }
            Geometry g;
            try {
                g = decoder.decode(f.get(GEOMETRY));
            } catch (IllegalArgumentException e) {
                problems.add(new GeoJsonFormatException(file, i, id, GEOMETRY, e.getMessage()));
                continue;
            }
            JsonNode properties = f.path("properties");
            if (!properties.isMissingNode() && !properties.isNull() && !properties.isObject()) {
                problems.add(new GeoJsonFormatException(file, i, id, "properties", "is not an object"));
                continue;
            }
            properties.fields().forEachRemaining(p -> {
                if (p.getKey().equals(GEOMETRY)) return;
                Class<?> b = binding(p.getValue());
                fields.put(p.getKey(), fields.containsKey(p.getKey()) ? wider(fields.get(p.getKey()), b) : b);
            });
            geometries.add(g);
            kept.add(f);
        }
        SimpleFeatureType type = type(file, crs, geometries, fields);
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        SpatialIndexFeatureCollection collection = new SpatialIndexFeatureCollection(type);
        for (int i = 0; i < kept.size(); i++) {
            JsonNode f = kept.get(i);
            builder.reset();
            builder.set(GEOMETRY, geometries.get(i));
            for (Map.Entry<String, Class<?>> field : fields.entrySet())
                builder.set(field.getKey(), value(f.path("properties").get(field.getKey()), field.getValue()));
            String id = f.hasNonNull("id") ? f.get("id").asText() : null;
            SimpleFeature feature = builder.buildFeature(id == null ? type.getTypeName() + "." + i : id);
            collection.add(feature);
        }
        return new GeoJsonLayer(file, new GeoJsonFeatureSource(collection, problems), problems);
    }

    private static CoordinateReferenceSystem crs(Path file, JsonNode root) throws GeoJsonFormatException {
        JsonNode name = root.path("crs").path("properties").path("name");
        if (!name.isTextual()) return DefaultGeographicCRS.WGS84;
        String text = name.asText();
        if (text.endsWith("CRS84")) return DefaultGeographicCRS.WGS84;
        int colon = text.lastIndexOf(':');
        String code = colon >= 0 ? text.substring(colon + 1) : text;
        try {
            return CRS.decode("EPSG:" + code, true);
        } catch (FactoryException e) {
            throw new GeoJsonFormatException(file, -1, null, "crs", "\"" + text + "\" is not a known EPSG code");
        }
    }

    private static SimpleFeatureType type(
            Path file, CoordinateReferenceSystem crs, List<Geometry> geometries, Map<String, Class<?>> fields) {
        Class<?> geometryType = null;
        for (Geometry g : geometries) {
            if (g == null) continue;
            if (geometryType == null) geometryType = g.getClass();
            else if (geometryType != g.getClass()) geometryType = Geometry.class;
        }
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        b.setName(dot > 0 ? name.substring(0, dot) : name);
        b.setCRS(crs);
        b.add(GEOMETRY, geometryType == null ? Geometry.class : geometryType, crs);
        // a property that is null in every feature has no type to go by: text, as GDAL reads it
        for (Map.Entry<String, Class<?>> f : fields.entrySet())
            b.add(f.getKey(), f.getValue() == null ? String.class : f.getValue());
        b.setDefaultGeometry(GEOMETRY);
        return b.buildFeatureType();
    }

    /** The type a property's value asks for; null for a JSON null, which fits any. */
    private static Class<?> binding(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isIntegralNumber() && v.canConvertToLong()) return Long.class;
        if (v.isNumber()) return Double.class;
        if (v.isBoolean()) return Boolean.class;
        return String.class;
    }

    /** The type that holds values of both: Long and Double give Double; any other mix, text. */
    private static Class<?> wider(Class<?> a, Class<?> b) {
        if (a == null) return b;
        if (b == null || a == b) return a;
        if ((a == Long.class && b == Double.class) || (a == Double.class && b == Long.class)) return Double.class;
        return String.class;
    }

    private static Object value(JsonNode v, Class<?> binding) {
        if (v == null || v.isNull()) return null;
        if (binding == Long.class) return v.asLong();
        if (binding == Double.class) return v.asDouble();
        if (binding == Boolean.class) return v.asBoolean();
        return v.isValueNode() ? v.asText() : v.toString();
    }

    public Path file() {
        return file;
    }

    /** The features, read-only, answering box queries through a spatial index. */
    public GeoJsonFeatureSource source() {
        return source;
    }

    /** Each feature left out, naming the file, the feature and the field. */
    public List<GeoJsonFormatException> problems() {
        return problems;
    }
}
