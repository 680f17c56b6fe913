package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.map.catalogue.Catalogue;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.DataUtilities;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Road line work from the catalogue's style vocabulary drawn by the one painter: casings in their own pass under
 * every core, refs in shields. The roads are synthetic (the shipped data has none): a 1 px = 10 m frame of
 * 400×300 px in UTM 34N.
 */
class LineWorkTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Color CASING = new Color(0x202020);
    private static final Color CORE = new Color(0xFFFFFF);
    private static final Color PLATE = new Color(0xFFD200);

    @TempDir
    Path maps;

    private SimpleFeatureSource roads(Object[]... rows) throws Exception {
        SimpleFeatureType type =
                DataUtilities.createType("roads", "the_geom:LineString:srid=32634,name:String,ref:String");
        ListFeatureCollection features = new ListFeatureCollection(type);
        int id = 0;
        for (Object[] row : rows) {
            double[] xy = (double[]) row[0];
            Coordinate[] cs = new Coordinate[xy.length / 2];
            for (int i = 0; i < cs.length; i++)
                cs[i] = new Coordinate(500_000 + xy[2 * i] * 10, 4_700_000 - xy[2 * i + 1] * 10);
            features.add(SimpleFeatureBuilder.build(
                    type, new Object[] {GF.createLineString(cs), row[1], row[2]}, "roads." + id++));
        }
        return DataUtilities.source(features);
    }

    private org.geotools.api.style.Style style(String rule) throws IOException {
        return style("roads", "transport", rule);
    }

    private org.geotools.api.style.Style style(String layer, String group, String rule) throws IOException {
        Files.writeString(maps.resolve(layer + ".shp"), "");
        Files.writeString(
                maps.resolve(Catalogue.FILE_NAME),
                "{\"background\": \"#F0F0F0\", \"layers\": [{\"name\": \"" + layer + "\", \"title\": \"" + layer + "\","
                        + " \"source\": \"" + layer + ".shp\", \"kind\": \"vector\", \"group\": \"" + group
                        + "\", \"order\": 50,"
                        + " \"attribution\": \"test\", \"licence\": \"CC0\", \"rules\": [" + rule + "]}]}");
        Catalogue c = Catalogue.of(maps);
        assertThat(c.problems()).isEmpty();
        return c.layer(layer).style(LineString.class);
    }

    private static BufferedImage paint(SimpleFeatureSource source, org.geotools.api.style.Style style)
            throws Exception {
        return paint(List.of(new Layer("roads", "Roads", source, style, true)), 400, 300);
    }

    private static BufferedImage paint(List<Layer> layers, int w, int h) throws Exception {
        MapModel model = new MapModel(layers, CRS.decode("EPSG:32634"), "Synthetic lines, not survey data");
        Viewport v = new Viewport(
                new ReferencedEnvelope(500_000, 500_000 + w * 10, 4_700_000 - h * 10, 4_700_000, model.displayCrs()),
                w,
                h,
                1.0);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MapPainter().paint(g, Frame.of(model, v));
        g.dispose();
        return img;
    }

    @Test
    void casingsAreDrawnUnderTheCoresOfAllLinesOfTheLayerSoCrossingRoadsDoNotCutEachOther() throws Exception {
        String rule = "{\"title\": \"road\", \"casing\": {\"colour\": \"#202020\", \"width\": 10},"
                + " \"stroke\": {\"colour\": \"#FFFFFF\", \"width\": 6}}";
        // the east–west road comes first in the data, so a per-feature casing of the second road would cover it
        BufferedImage img = paint(
                roads(
                        new Object[] {new double[] {20, 150, 380, 150}, "East", null},
                        new Object[] {new double[] {200, 20, 200, 280}, "North", null}),
                style(rule));
        // on the east–west core, 4 px from the north–south road's axis: inside its casing, outside its core
        assertThat(new Color(img.getRGB(204, 150))).isEqualTo(CORE);
        assertThat(new Color(img.getRGB(196, 150))).isEqualTo(CORE);
        // the casing still shows along both roads beyond the crossing
        assertThat(new Color(img.getRGB(100, 146))).isEqualTo(CASING);
        assertThat(new Color(img.getRGB(204, 60))).isEqualTo(CASING);
    }

    @Test
    void aRoadRefIsDrawnOnAShieldOnTheRoad() throws Exception {
        String rule =
                "{\"title\": \"road\", \"stroke\": {\"colour\": \"#C04040\", \"width\": 3}, \"label\": {\"field\": \"ref\","
                        + " \"placement\": \"line\", \"size\": 10, \"bold\": true, \"colour\": \"#000000\","
                        + " \"shield\": {\"fill\": \"#FFD200\", \"stroke\": \"#000000\"}}}";
        BufferedImage img = paint(roads(new Object[] {new double[] {20, 150, 380, 150}, "Ibarska", "M2"}), style(rule));
        int plate = 0;
        int minX = Integer.MAX_VALUE;
        int maxX = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++)
                if (new Color(img.getRGB(x, y)).equals(PLATE)) {
                    plate++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
        assertThat(plate).isGreaterThan(40);
        // one plate, in the middle of the road
        assertThat((minX + maxX) / 2.0).isBetween(190.0, 210.0);
        assertThat(maxX - minX).isLessThan(40);
    }

    @Test
    void aNamedRoadCarriesItsNameAlongItGlyphByGlyph() throws Exception {
        String rule =
                "{\"title\": \"road\", \"stroke\": {\"colour\": \"#C04040\", \"width\": 3}, \"label\": {\"field\": \"name\","
                        + " \"placement\": \"line\", \"size\": 12, \"colour\": \"#0000FF\", \"halo\": {\"colour\": \"#FFFFFF\", \"radius\": 1.5}}}";
        // a diagonal road: its name is drawn turned, in blue, near the road's middle
        BufferedImage img = paint(roads(new Object[] {new double[] {40, 260, 360, 40}, "Ibarska", null}), style(rule));
        int blue = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (c.getBlue() > 200 && c.getRed() < 80 && c.getGreen() < 80) {
                    blue++;
                    assertThat(Math.hypot(x - 200, y - 150)).isLessThan(80);
                }
            }
        assertThat(blue).isGreaterThan(20);
    }

    /**
     * A meandering named river, a cased road with its name and ref shields, a rail line with ties and a dashed
     * boundary on its halo, at 1 px = 10 m: the line work and line labels as the eye sees them.
     */
    @Test
    void syntheticLineWorkAndLineLabelsMatchGoldenImage() throws Exception {
        double[] river = new double[122];
        for (int i = 0; i <= 60; i++) {
            river[2 * i] = 20 + i * 12;
            river[2 * i + 1] = 120 + 60 * Math.sin(i / 9.0) + 10 * Math.sin(i / 2.5);
        }
        org.geotools.api.style.Style riverStyle = style(
                "rivers",
                "water",
                "{\"title\": \"river\", \"stroke\": {\"colour\": \"#6F9FC6\", \"width\": 2.2}, \"label\": {\"field\": \"name\","
                        + " \"placement\": \"line\", \"repeat\": 380, \"size\": 13, \"italic\": true, \"colour\": \"#2F5F8F\","
                        + " \"halo\": {\"colour\": \"#FFFFFFC0\", \"radius\": 1.5}, \"priority\": \"5\"}}");
        org.geotools.api.style.Style roadStyle = style(
                "roads",
                "transport",
                "{\"title\": \"main road\", \"casing\": {\"colour\": \"#9A6B3A\", \"width\": 7},"
                        + " \"stroke\": {\"colour\": \"#F7C87A\", \"width\": 5}, \"label\": {\"field\": \"name\", \"placement\": \"line\","
                        + " \"repeat\": 250, \"size\": 11, \"colour\": \"#3A2A1A\", \"halo\": {\"colour\": \"#FFFFFF\", \"radius\": 1.4},"
                        + " \"priority\": \"20\"}}, {\"title\": \"ref\", \"filter\": \"ref IS NOT NULL\", \"label\": {\"field\": \"ref\","
                        + " \"placement\": \"line\", \"repeat\": 500, \"size\": 10, \"bold\": true, \"colour\": \"#202020\","
                        + " \"shield\": {\"fill\": \"#FFFFFF\", \"stroke\": \"#505050\"}, \"priority\": \"30\"}}");
        org.geotools.api.style.Style railStyle = style(
                "rail",
                "transport",
                "{\"title\": \"rail\", \"stroke\": [{\"colour\": \"#555555\", \"width\": 1.2},"
                        + " {\"colour\": \"#555555\", \"width\": 6, \"dash\": [1.2, 7]}]}");
        org.geotools.api.style.Style lineStyle = style(
                "boundary",
                "boundaries",
                "{\"title\": \"district\", \"casing\": {\"colour\": \"#FFFFFF\", \"width\": 3.5, \"opacity\": 0.8},"
                        + " \"stroke\": {\"colour\": \"#6E5A6E\", \"width\": 1.2, \"dash\": [7, 2.5, 1.5, 2.5]}}");
        BufferedImage img = paint(
                List.of(
                        new Layer(
                                "boundary",
                                "Boundary",
                                roads(new Object[] {new double[] {560, 0, 600, 200, 700, 400}, null, null}),
                                lineStyle,
                                true),
                        new Layer("rivers", "Rivers", roads(new Object[] {river, "Ibar", null}), riverStyle, true),
                        new Layer(
                                "rail",
                                "Rail",
                                roads(new Object[] {new double[] {0, 360, 300, 330, 760, 250}, null, null}),
                                railStyle,
                                true),
                        new Layer(
                                "roads",
                                "Roads",
                                roads(
                                        new Object[] {
                                            new double[] {30, 280, 250, 230, 480, 250, 740, 170},
                                            "Ibarska magistrala",
                                            "M2"
                                        },
                                        new Object[] {new double[] {380, 20, 400, 390}, "Kolašinska", null}),
                                roadStyle,
                                true)),
                760,
                400);
        GoldenImageTest.check("synthetic-linework-760x400", img);
    }
}
