package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerSources;
import org.borderwatch.map.Viewport;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.borderwatch.shapefile.ShapefileWriter;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.JTS;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.styling.StyleBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** A layer read by need: a frame gets every feature it shows, memory holds one window, generalising drops nothing. */
class GeometryCacheByNeedTest {
    @TempDir
    Path dir;

    private CoordinateReferenceSystem utm;
    private Layer layer;
    private ShapefileDataStore scanned;

    @BeforeEach
    void lines() throws Exception {
        SplittableRandom r = new SplittableRandom(5);
        try (ShapefileWriter w =
                new ShapefileWriter(dir, "roads", ShapefileWriter.POLYLINE, new ShapefileWriter.Field("n", 'N', 6))) {
            for (int i = 0; i < 4000; i++) {
                double x = 20 + r.nextDouble() * 2, y = 42 + r.nextDouble() * 2;
                double size = r.nextDouble() < 0.02 ? 0.5 : 0.01;
                w.parts(new double[][] {{x, y, x + size * r.nextDouble(), y + size * r.nextDouble(), x + size, y}}, i);
            }
        }
        Path shp = dir.resolve("roads.shp");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        store.index(null);
        SimpleFeatureSource source = store.getFeatureSource();
        assertThat(LayerSources.loadsByNeed(source)).isTrue();
        layer = new Layer(
                "roads",
                "Roads",
                source,
                new StyleBuilder().createStyle(new StyleBuilder().createLineSymbolizer()),
                true);
        scanned = new ShapefileDataStore(shp);
        utm = CRS.decode("EPSG:32634");
    }

    private Viewport view(double lon, double lat, double unitsPerPixel) throws Exception {
        MathTransform t = CRS.findMathTransform(scanned.getSchema().getCoordinateReferenceSystem(), utm, true);
        double[] p = {lon, lat};
        t.transform(p, 0, p, 0, 1);
        double hw = 960 * unitsPerPixel, hh = 540 * unitsPerPixel;
        return new Viewport(new ReferencedEnvelope(p[0] - hw, p[0] + hw, p[1] - hh, p[1] + hh, utm), 1920, 1080, 1);
    }

    /** The ids of the features whose projected geometry meets {@code area}, by reading the whole file. */
    private Set<String> meeting(Envelope area) throws Exception {
        MathTransform t = CRS.findMathTransform(scanned.getSchema().getCoordinateReferenceSystem(), utm, true);
        Set<String> ids = new HashSet<>();
        try (SimpleFeatureIterator it = scanned.getFeatureSource().getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if (JTS.transform((Geometry) f.getDefaultGeometry(), t)
                        .getEnvelopeInternal()
                        .intersects(area)) ids.add(f.getID());
            }
        }
        return ids;
    }

    private static Set<String> ids(ProjectedLayer p) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.size(); i++) ids.add(p.feature(i).getID());
        return ids;
    }

    private static Envelope area(Viewport v) {
        return new Envelope(
                v.area().getMinX(),
                v.area().getMaxX(),
                v.area().getMinY(),
                v.area().getMaxY());
    }

    @Test
    void frameGetsEveryFeatureItShowsAndFarLessThanTheFile() throws Exception {
        GeometryCache cache = new GeometryCache();
        Viewport v = view(21.0, 43.0, 5);
        ProjectedLayer p = cache.projected(layer, utm, v);
        Set<String> shown = meeting(area(v));
        assertThat(shown).isNotEmpty();
        assertThat(ids(p)).containsAll(shown);
        assertThat(p.size()).isLessThan(4000 / 4);
    }

    @Test
    void memoryHoldsOnlyWindowsNearTheLastViews() throws Exception {
        GeometryCache cache = new GeometryCache();
        Envelope before = null;
        for (int step = 0; step < 12; step++) {
            Viewport v = view(20.1 + step * 0.15, 42.2 + step * 0.13, 5);
            ProjectedLayer p = cache.projected(layer, utm, v);
            List<ProjectedLayer> held = cache.windows(layer);
            assertThat(held).hasSizeLessThanOrEqualTo(GeometryCache.KEPT_WINDOWS);
            assertThat(held.get(0)).isSameAs(p);
            Envelope near = area(v);
            near.expandBy(near.getWidth() * 1.5, near.getHeight() * 1.5);
            Set<String> nearLastTwo = new HashSet<>(meeting(near));
            if (before != null) nearLastTwo.addAll(meeting(before));
            // every feature held lies near this view or the one before, whatever was shown earlier
            for (ProjectedLayer w : held) assertThat(nearLastTwo).containsAll(ids(w));
            before = near;
        }
    }

    @Test
    void zoomStepBackReusesTheWindowItLeft() throws Exception {
        GeometryCache cache = new GeometryCache();
        ProjectedLayer fine = cache.projected(layer, utm, view(21.0, 43.0, 5));
        cache.projected(layer, utm, view(21.0, 43.0, 10));
        assertThat(cache.projected(layer, utm, view(21.0, 43.0, 5))).isSameAs(fine);
    }

    @Test
    void largeWindowIsDroppedBeforeTheNextIsRead() throws Exception {
        GeometryCache cache = new GeometryCache(10);
        cache.projected(layer, utm, view(21.0, 43.0, 5));
        ProjectedLayer next = cache.projected(layer, utm, view(21.0, 43.0, 10));
        assertThat(cache.windows(layer)).containsExactly(next);
    }

    @Test
    void panInsideTheWindowReusesIt() throws Exception {
        GeometryCache cache = new GeometryCache();
        ProjectedLayer first = cache.projected(layer, utm, view(21.0, 43.0, 5));
        assertThat(cache.projected(layer, utm, view(21.01, 43.005, 5))).isSameAs(first);
        assertThat(cache.projected(layer, utm, view(21.0, 43.0, 10))).isNotSameAs(first);
    }

    @Test
    void generalisingKeepsEveryFeatureAtAdjacentLevels() throws Exception {
        Viewport fine = view(21.0, 43.0, 20);
        Set<String> shown = meeting(area(fine));
        for (double upp : new double[] {20, 40, 80, 160}) {
            ProjectedLayer p = new GeometryCache().projected(layer, utm, view(21.0, 43.0, upp));
            Set<String> drawn = new HashSet<>();
            for (int i = 0; i < p.size(); i++)
                if (!p.projected(i).isEmpty() && p.projected(i).getNumPoints() >= 2)
                    drawn.add(p.feature(i).getID());
            assertThat(drawn).as("at %s m per pixel", upp).containsAll(shown);
        }
    }

    @Test
    void smallLayerIsStillReadWhole() throws IOException {
        SimpleFeatureSource plain = new ShapefileDataStore(dir.resolve("roads.shp")).getFeatureSource();
        assertThat(LayerSources.loadsByNeed(plain)).isFalse();
    }
}
