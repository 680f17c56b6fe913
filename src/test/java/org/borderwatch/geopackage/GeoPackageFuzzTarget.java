package org.borderwatch.geopackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.borderwatch.fuzz.FuzzFiles;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.Query;
import org.geotools.api.data.Transaction;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;

/**
 * Fuzz target: any bytes as a .gpkg file open and read every vector layer to its end, or are refused with a
 * {@link GeoPackageFormatException}; anything else thrown is a finding. A read gives each feature id once (a silent
 * wrong read otherwise). One read per layer, so that the fixed verify run gets through its inputs. The same bytes also go to the geometry blob decoder alone, since a
 * mutated database rarely keeps a table whose blobs the reader reaches.
 */
public final class GeoPackageFuzzTarget {
    private static final Path DIR = FuzzFiles.scratch("geopackage-fuzz");
    private static final WKBReader WKB = new WKBReader(new GeometryFactory());

    private GeoPackageFuzzTarget() {}

    /** Runs once before fuzzing, untimed: loads SQLite's native library and GeoTools' EPSG database. */
    public static void fuzzerInitialize() throws IOException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            org.geotools.referencing.CRS.decode("EPSG:4326", true);
        } catch (java.sql.SQLException | org.geotools.api.referencing.FactoryException e) {
            throw new IllegalStateException("SQLite or the EPSG database does not load", e);
        }
        fuzzerTestOneInput(new byte[0]);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        try {
            GeometryBlob.geometry(data, GeometryBlob.header(data), WKB);
        } catch (GeometryBlob.BlobException e) {
            // a refused blob is the reader's own answer
        }
        Path file = DIR.resolve("f.gpkg");
        Files.write(file, data);
        GeoPackageDataStore store;
        try {
            store = new GeoPackageDataStore(file);
        } catch (GeoPackageFormatException e) {
            return;
        }
        for (String layer : store.layerNames()) {
            try {
                ids(store, layer);
            } catch (GeoPackageFormatException e) {
                // the layer cannot be read; the others still are
            }
        }
    }

    /** Reads through the store's reader, which throws the reader's own exception (a collection wraps it unchecked). */
    private static Set<String> ids(GeoPackageDataStore store, String layer) throws IOException {
        Set<String> ids = new HashSet<>();
        try (FeatureReader<SimpleFeatureType, SimpleFeature> it =
                store.getFeatureReader(new Query(layer), Transaction.AUTO_COMMIT)) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if (!ids.add(f.getID())) throw new AssertionError("feature id " + f.getID() + " read twice");
            }
        }
        return ids;
    }
}
