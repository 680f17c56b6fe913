package org.borderwatch.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.borderwatch.shapefile.ShapefileFormatException;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureReader;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.data.Transaction;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryDescriptor;
import org.geotools.api.referencing.ReferenceIdentifier;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inspect FILE.shp}: prints what {@code ogrinfo -so} prints (geometry type, feature count,
 * extent, CRS, fields); with {@code --geojson}, writes the features as GeoJSON to stdout like
 * {@code ogr2ogr -f GeoJSON /vsistdout/}. Warnings and skipped records are listed on stderr.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Describe a shapefile like ogrinfo -so, or write its features as GeoJSON.")
final class InspectCommand implements Callable<Integer> {
    private static final int OUTPUT_BUFFER = 1 << 16;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.shp", description = "The shapefile to read.")
    private Path file;

    @Option(names = "--geojson", description = "Write every feature as GeoJSON to stdout.")
    private boolean geojson;

    @Option(names = "--strict", description = "Exit with 2 when any record could not be read.")
    private boolean strict;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ShapefileDataStore store;
        try {
            store = new ShapefileDataStore(file);
        } catch (IOException e) {
            err.println("inspect: " + e.getMessage());
            return 1;
        }
        try {
            if (geojson) writeGeoJson(store);
            else describe(store, spec.commandLine().getOut());
            for (ShapefileFormatException w : store.warnings()) err.println("warning: " + w.getMessage());
            List<ShapefileFormatException> problems = store.problems();
            for (ShapefileFormatException p : problems) err.println("skipped: " + p.getMessage());
            err.flush();
            return strict && !problems.isEmpty() ? 2 : 0;
        } catch (IOException e) {
            err.println("inspect: " + e.getMessage());
            return 1;
        } finally {
            store.dispose();
        }
    }

    private void writeGeoJson(ShapefileDataStore store) throws IOException {
        SimpleFeatureType schema = store.getSchema();
        OutputStream out = new BufferedOutputStream(System.out, OUTPUT_BUFFER);
        try (SimpleFeatureReader reader = (SimpleFeatureReader)
                store.getFeatureReader(new Query(schema.getTypeName()), Transaction.AUTO_COMMIT)) {
            GeoJsonFeatureWriter.write(
                    reader, schema.getTypeName(), crsUrn(schema.getCoordinateReferenceSystem()), out);
        }
    }

    /** The GeoJSON 2008 "crs" name GDAL writes: CRS84 for WGS 84, the EPSG URN otherwise, none when unknown. */
    private static String crsUrn(CoordinateReferenceSystem crs) {
        String code = epsgCode(crs);
        if (code == null) return null;
        return code.equals("4326") ? "urn:ogc:def:crs:OGC:1.3:CRS84" : "urn:ogc:def:crs:EPSG::" + code;
    }

    /** The EPSG code the store attached to the CRS, read from its identifiers without opening the EPSG database. */
    private static String epsgCode(CoordinateReferenceSystem crs) {
        if (crs == null) return null;
        for (ReferenceIdentifier id : crs.getIdentifiers()) {
            if ("EPSG".equalsIgnoreCase(id.getCodeSpace())) return id.getCode();
        }
        return null;
    }

    private static void describe(ShapefileDataStore store, PrintWriter out) throws IOException {
        SimpleFeatureSource source = store.getFeatureSource();
        SimpleFeatureType schema = source.getSchema();
        GeometryDescriptor geometry = schema.getGeometryDescriptor();
        ReferencedEnvelope extent = source.getBounds();
        out.println("Layer name: " + schema.getTypeName());
        out.println("Geometry: " + geometry.getUserData().get("ogr.geometryType"));
        out.println("Feature Count: " + source.getCount(Query.ALL));
        out.println(String.format(
                Locale.ROOT,
                "Extent: (%f, %f) - (%f, %f)",
                extent.getMinX(),
                extent.getMinY(),
                extent.getMaxX(),
                extent.getMaxY()));
        CoordinateReferenceSystem crs = schema.getCoordinateReferenceSystem();
        out.println("Layer SRS WKT:");
        out.println(crs == null ? "(unknown)" : crs.toWKT());
        if (crs != null) {
            String code = epsgCode(crs);
            out.println("EPSG: " + (code == null ? "(no match)" : "EPSG:" + code));
        }
        out.println("Encoding: " + store.charset().name());
        for (AttributeDescriptor d : schema.getAttributeDescriptors()) {
            if (d instanceof GeometryDescriptor) continue;
            Object type = d.getUserData().get("ogr.type");
            // GDAL shows dates at their text width, YYYY/MM/DD, not the 8 bytes of the .dbf
            int width = "Date".equals(type) ? 10 : (Integer) d.getUserData().get("dbf.width");
            out.println(String.format(Locale.ROOT, "%s: %s (%d.%d)", d.getLocalName(), type, width, (Integer)
                    d.getUserData().get("dbf.decimals")));
        }
        out.flush();
    }
}
