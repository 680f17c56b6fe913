package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.shapefile.StoreReading.readAll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.shapefile.ShapefileWriter.Field;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;

/** What the writer writes, the store reads back as written. */
class ShapefileWriterTest {
    @TempDir
    Path dir;

    @Test
    void pointsAndTheirColumnsReadBackAsWritten() throws IOException {
        try (ShapefileWriter w = new ShapefileWriter(
                dir, "places", ShapefileWriter.POINT, new Field("name", 'C', 6), new Field("population", 'N', 8))) {
            w.point(20.5, 42.9, "Zvečan", 7481);
            w.point(21.0, 43.1, null, 0);
        }
        ShapefileDataStore store = new ShapefileDataStore(dir.resolve("places.shp"));
        List<SimpleFeature> features = readAll(store);
        assertThat(store.problems()).isEmpty();
        assertThat(features).hasSize(2);
        // "Zvečan" is 7 bytes in UTF-8: cut to 6 bytes it loses the whole last letter, not half of "č"
        assertThat(features.get(0).getAttribute("name")).isEqualTo("Zveča");
        assertThat(((Number) features.get(0).getAttribute("population")).intValue())
                .isEqualTo(7481);
        assertThat(((Geometry) features.get(1).getDefaultGeometry()).getCoordinate().x)
                .isEqualTo(21.0);
        assertThat(store.getSchema().getCoordinateReferenceSystem()).isNotNull();
    }

    @Test
    void linesAndPolygonsReadBackWithTheirParts() throws IOException {
        try (ShapefileWriter w =
                new ShapefileWriter(dir, "roads", ShapefileWriter.POLYLINE, new Field("ref", 'C', 4))) {
            w.parts(new double[][] {{0, 0, 1, 1, 2, 0}, {5, 5, 6, 6}}, "M2");
        }
        try (ShapefileWriter w = new ShapefileWriter(dir, "lakes", ShapefileWriter.POLYGON, new Field("n", 'N', 3))) {
            w.parts(new double[][] {{0, 0, 0, 1, 1, 1, 1, 0, 0, 0}}, 1);
        }
        ShapefileDataStore roads = new ShapefileDataStore(dir.resolve("roads.shp"));
        MultiLineString line = (MultiLineString) readAll(roads).get(0).getDefaultGeometry();
        assertThat(line.getNumGeometries()).isEqualTo(2);
        assertThat(line.getGeometryN(0).getNumPoints()).isEqualTo(3);
        assertThat(roads.getFeatureSource().getBounds().getMaxX()).isEqualTo(6);
        Geometry lake = (Geometry)
                readAll(new ShapefileDataStore(dir.resolve("lakes.shp"))).get(0).getDefaultGeometry();
        assertThat(lake.getArea()).isEqualTo(1.0);
    }
}
