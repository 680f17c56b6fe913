package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.file.Path;
import org.borderwatch.fuzz.FuzzFiles;
import org.geotools.api.data.Query;
import org.locationtech.jts.geom.Geometry;

/**
 * Fuzz target: a shapefile (.shp, .shx, .dbf, .prj, .cpg packed by {@link FuzzFiles}) opens and reads to its end or
 * is refused with a {@link ShapefileFormatException}; anything else thrown is a finding. Reading twice gives the same
 * features, and every geometry has finite coordinates (a silent wrong read otherwise).
 */
public final class ShapefileFuzzTarget {
    static final String[] EXTENSIONS = {".shp", ".shx", ".dbf", ".prj", ".cpg"};
    private static final Path DIR = FuzzFiles.scratch("shapefile-fuzz");

    private ShapefileFuzzTarget() {}

    /**
     * Runs once before fuzzing, untimed: GeoTools opens its EPSG database on the first .prj of a process, and queries
     * it on the first decode of each code the reader tries, which takes seconds and would otherwise be charged to the
     * first inputs as hangs.
     */
    public static void fuzzerInitialize() throws IOException {
        Path prj = DIR.resolve("warm.prj");
        java.nio.file.Files.writeString(
                prj,
                "PROJCS[\"WGS_1984_UTM_Zone_34N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                        + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                        + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
                        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",21.0],"
                        + "PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
        PrjReader.read(prj);
        try {
            PrjReader.decodeLikelyCodes();
        } catch (org.geotools.api.referencing.FactoryException e) {
            throw new IllegalStateException("the EPSG database does not open", e);
        }
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path[] files = new Path[EXTENSIONS.length];
        for (int i = 0; i < files.length; i++) files[i] = DIR.resolve("f" + EXTENSIONS[i]);
        FuzzFiles.write(FuzzFiles.split(data, EXTENSIONS.length), files);
        ShapefileDataStore store;
        try {
            store = new ShapefileDataStore(files[0]);
        } catch (ShapefileFormatException e) {
            return;
        }
        try {
            var first = StoreReading.readAll(store);
            var second = StoreReading.readAll(store);
            if (first.size() != second.size()) throw new AssertionError("two reads of one file differ in count");
            for (int i = 0; i < first.size(); i++) {
                Geometry g = (Geometry) first.get(i).getDefaultGeometry();
                if (g != null && !g.equalsExact((Geometry) second.get(i).getDefaultGeometry()))
                    throw new AssertionError("two reads of one file differ at feature " + i);
                if (g != null) {
                    for (var c : g.getCoordinates()) {
                        if (!Double.isFinite(c.x) || !Double.isFinite(c.y))
                            throw new AssertionError("feature " + i + " has a coordinate that is not finite: " + c);
                    }
                }
            }
            int count = store.getFeatureSource().getCount(Query.ALL);
            if (count != first.size())
                throw new AssertionError("count " + count + " but " + first.size() + " features read");
            store.getFeatureSource().getBounds();
        } catch (ShapefileFormatException e) {
            // refused while reading: the reader's own answer
        } finally {
            store.dispose();
        }
    }
}
