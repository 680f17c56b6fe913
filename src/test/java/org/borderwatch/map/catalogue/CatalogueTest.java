package org.borderwatch.map.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geotools.api.style.FeatureTypeStyle;
import org.geotools.api.style.LinePlacement;
import org.geotools.api.style.LineSymbolizer;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Style;
import org.geotools.api.style.TextSymbolizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class CatalogueTest {

    @TempDir
    Path maps;

    private Catalogue catalogue(String layersJson) throws IOException {
        for (String f : List.of("a.shp", "b.shp", "c.shp", "relief.png")) Files.writeString(maps.resolve(f), "");
        Files.writeString(
                maps.resolve(Catalogue.FILE_NAME), "{\"background\": \"#D4E3EC\", \"layers\": [" + layersJson + "]}");
        return Catalogue.of(maps);
    }

    private static String layer(String name, int order, String extra) {
        return "{\"name\": \"" + name + "\", \"title\": \"" + name.toUpperCase() + "\", \"source\": \"" + name
                + ".shp\", \"kind\": \"vector\","
                + " \"group\": \"water\", \"order\": " + order + ", \"attribution\": \"Someone\", \"licence\": \"CC0\","
                + extra
                + " \"rules\": [{\"title\": \"all\", \"stroke\": {\"colour\": \"#112233\", \"width\": 1}}]}";
    }

    @Test
    void theProjectCatalogueHasNoProblems() throws IOException {
        Catalogue project = Catalogue.of(Path.of("maps"));
        assertThat(project.problems()).isEmpty();
        assertThat(project.layers()).extracting(CatalogueLayer::name).startsWith("countries", "relief", "admin1");
    }

    @Test
    void layersComeInDrawingOrderWhateverTheirFileOrder() throws IOException {
        Catalogue c = catalogue(layer("c", 30, "") + "," + layer("a", 10, "") + "," + layer("b", 20, ""));
        assertThat(c.problems()).isEmpty();
        assertThat(c.layers()).extracting(CatalogueLayer::name).containsExactly("a", "b", "c");
    }

    @Test
    void skipsAnEntryWithABadColourNamingFileLayerAndFieldAndKeepsTheRest() throws IOException {
        String bad = layer("b", 20, "").replace("#112233", "navy");
        Catalogue c = catalogue(layer("a", 10, "") + "," + bad + "," + layer("c", 30, ""));
        assertThat(c.layers()).extracting(CatalogueLayer::name).containsExactly("a", "c");
        assertThat(c.problems()).hasSize(1);
        assertThat(c.problems().get(0).toString())
                .startsWith("catalogue.json, layer b, field /rules/0/stroke/colour: ");
    }

    @Test
    void reportsAMissingRequiredFieldUnderTheLayersIndexWhenItHasNoName() throws IOException {
        Catalogue c = catalogue(layer("a", 10, "").replace("\"name\": \"a\", ", ""));
        assertThat(c.layers()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.layer()).isEqualTo("layers[0]");
            assertThat(p.message()).contains("name");
        });
    }

    @Test
    void reportsAFilterThatIsNotEcql() throws IOException {
        Catalogue c = catalogue(
                layer("a", 10, "").replace("\"title\": \"all\",", "\"title\": \"all\", \"filter\": \"rank <<< 2\","));
        assertThat(c.layers()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("/rules/0/filter");
            assertThat(p.message()).startsWith("not an ECQL filter");
        });
    }

    @Test
    void reportsAnUpsideDownScaleRangeAndAMissingFile() throws IOException {
        Catalogue c =
                catalogue(layer("a", 10, " \"minScale\": 500000, \"maxScale\": 100000,") + "," + layer("d", 20, ""));
        assertThat(c.layers()).isEmpty();
        assertThat(c.problems())
                .extracting(CatalogueProblem::toString)
                .containsExactly(
                        "catalogue.json, layer a, field /maxScale: maxScale 100000 must be larger than minScale 500000",
                        "catalogue.json, layer d, field /source: d.shp is not in " + maps.toAbsolutePath());
    }

    @Test
    void reportsStepsThatDoNotRise() throws IOException {
        String steps = "[{\"below\": 500000, \"px\": 2}, {\"below\": 100000, \"px\": 1}, {\"px\": 0.5}]";
        Catalogue c = catalogue(layer("a", 10, "").replace("\"width\": 1", "\"width\": " + steps));
        assertThat(c.problems()).extracting(CatalogueProblem::field).containsExactly("/rules/0/stroke/width/1/below");
    }

    @Test
    void aRasterEntryMustNotNameAShapefile() throws IOException {
        Catalogue c = catalogue(layer("a", 10, "").replace("\"kind\": \"vector\"", "\"kind\": \"raster\""));
        assertThat(c.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("/source"));
    }

    @Test
    void invalidJsonIsOneProblemWithLineAndColumnAndNoLayers() throws IOException {
        Files.writeString(maps.resolve(Catalogue.FILE_NAME), "{\"layers\": [\n  {\"name\": }]}");
        Catalogue c = Catalogue.of(maps);
        assertThat(c.layers()).isEmpty();
        assertThat(c.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("line 2"));
    }

    @Test
    void aFolderWithoutCatalogueHasNoLayersAndNoProblems() throws IOException {
        Catalogue c = Catalogue.of(maps);
        assertThat(c.layers()).isEmpty();
        assertThat(c.problems()).isEmpty();
        assertThat(c.background()).isEqualTo(Catalogue.DEFAULT_BACKGROUND);
    }

    @Test
    void widthStepsBecomeOneRulePerBandOfScales() throws IOException {
        String steps = "[{\"below\": 100000, \"px\": 3}, {\"below\": 1000000, \"px\": 1.5}, {\"px\": 0.6}]";
        Catalogue c =
                catalogue(layer("a", 10, " \"maxScale\": 4000000,").replace("\"width\": 1", "\"width\": " + steps));
        Style style = c.layer("a").style(LineString.class);
        List<Rule> rules = style.featureTypeStyles().get(0).rules();
        assertThat(rules).extracting(Rule::getMinScaleDenominator).containsExactly(0.0, 100_000.0, 1_000_000.0);
        assertThat(rules).extracting(Rule::getMaxScaleDenominator).containsExactly(100_000.0, 1_000_000.0, 4_000_000.0);
        assertThat(rules)
                .extracting(r -> ((LineSymbolizer) r.symbolizers().get(0))
                        .getStroke()
                        .getWidth()
                        .evaluate(null, Double.class))
                .containsExactly(3.0, 1.5, 0.6);
    }

    @Test
    void casingAndStrokesArePassesDrawnBottomFirst() throws IOException {
        String casing =
                "\"casing\": {\"colour\": \"#FFFFFF\", \"width\": 5}, \"stroke\": [{\"colour\": \"#000000\", \"width\": 3},"
                        + " {\"colour\": \"#FF0000\", \"width\": 1}]";
        Catalogue c =
                catalogue(layer("a", 10, "").replace("\"stroke\": {\"colour\": \"#112233\", \"width\": 1}", casing));
        List<FeatureTypeStyle> passes = c.layer("a").style(LineString.class).featureTypeStyles();
        assertThat(passes)
                .extracting(
                        p -> ((LineSymbolizer) p.rules().get(0).symbolizers().get(0))
                                .getStroke()
                                .getWidth()
                                .evaluate(null, Double.class))
                .containsExactly(5.0, 3.0, 1.0);
    }

    @Test
    void lineAndAreaLabelsKeepTheirPlacement() throws IOException {
        String label = "\"label\": {\"field\": \"name\", \"placement\": \"line\"}";
        Catalogue c = catalogue(layer("a", 10, "").replace("\"width\": 1}", "\"width\": 1}, " + label) + ","
                + layer("b", 20, "").replace("\"width\": 1}", "\"width\": 1}, " + label.replace("line", "area")));
        TextSymbolizer along = (TextSymbolizer) c.layer("a")
                .style(LineString.class)
                .featureTypeStyles()
                .get(0)
                .rules()
                .get(0)
                .symbolizers()
                .get(1);
        TextSymbolizer inside = (TextSymbolizer) c.layer("b")
                .style(Polygon.class)
                .featureTypeStyles()
                .get(0)
                .rules()
                .get(0)
                .symbolizers()
                .get(1);
        assertThat(along.getLabelPlacement()).isInstanceOf(LinePlacement.class);
        assertThat(inside.getOptions()).containsEntry(CatalogueLayer.AREA_LABEL_OPTION, "true");
    }

    @Test
    void widthStopsAreInterpolatedInQuarterZoomBandsAndHeldBeyondTheEnds() throws IOException {
        String stops = "{\"stops\": [{\"scale\": 1600000, \"px\": 0.5}, {\"scale\": 100000, \"px\": 2.5}]}";
        Catalogue c = catalogue(layer("a", 10, "").replace("\"width\": 1", "\"width\": " + stops));
        List<Rule> rules =
                c.layer("a").style(LineString.class).featureTypeStyles().get(0).rules();
        // four zoom levels between the stops, four bands each, and one band beyond either end
        assertThat(rules).hasSize(16 + 2);
        double previous = Double.POSITIVE_INFINITY;
        for (Rule r : rules) {
            double w = ((LineSymbolizer) r.symbolizers().get(0))
                    .getStroke()
                    .getWidth()
                    .evaluate(null, Double.class);
            assertThat(w).isBetween(0.5, 2.5).isLessThanOrEqualTo(previous);
            // neighbouring bands differ by less than a tenth of a pixel at this gradient: no visible step
            if (previous != Double.POSITIVE_INFINITY) assertThat(previous - w).isLessThan(0.15);
            previous = w;
        }
        assertThat(CatalogueStyle.pixels(mapper(stops), 400_000))
                .isCloseTo(1.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(CatalogueStyle.pixels(mapper(stops), 50_000)).isEqualTo(2.5);
        assertThat(CatalogueStyle.pixels(mapper(stops), 9_000_000)).isEqualTo(0.5);
    }

    private static com.fasterxml.jackson.databind.JsonNode mapper(String json) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    }

    @Test
    void reportsStopsThatDoNotFallNamingTheStop() throws IOException {
        String stops = "{\"stops\": [{\"scale\": 100000, \"px\": 2}, {\"scale\": 500000, \"px\": 1}]}";
        Catalogue c = catalogue(layer("a", 10, "").replace("\"width\": 1", "\"width\": " + stops));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.layer()).isEqualTo("a");
            assertThat(p.field()).isEqualTo("/rules/0/stroke/width/stops/1/scale");
        });
        assertThat(c.layers()).isEmpty();
    }

    @Test
    void reportsLineLabelFieldsOnAPointLabelNamingFileLayerAndField() throws IOException {
        String label = "\"label\": {\"field\": \"ref\", \"placement\": \"point\", \"shield\": {\"fill\": \"#FFFFFF\"}}";
        Catalogue c = catalogue(layer("a", 10, "").replace("\"width\": 1}", "\"width\": 1}, " + label));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName().toString()).isEqualTo(Catalogue.FILE_NAME);
            assertThat(p.layer()).isEqualTo("a");
            assertThat(p.field()).isEqualTo("/rules/0/label/shield");
        });
    }

    @Test
    void reportsABadShieldColourAndARepeatOfZeroThroughTheSchema() throws IOException {
        String label = "\"label\": {\"field\": \"ref\", \"placement\": \"line\", \"repeat\": 0,"
                + " \"shield\": {\"fill\": \"white\"}}";
        Catalogue c = catalogue(layer("a", 10, "").replace("\"width\": 1}", "\"width\": 1}, " + label));
        assertThat(c.problems())
                .extracting(CatalogueProblem::field)
                .containsExactlyInAnyOrder("/rules/0/label/repeat", "/rules/0/label/shield/fill");
    }

    @Test
    void lineLabelOptionsAndShieldsReachTheStyle() throws IOException {
        String label = "\"label\": {\"field\": \"ref\", \"placement\": \"line\", \"repeat\": 250, \"maxBend\": 30,"
                + " \"shield\": {\"fill\": \"#FFFFFF\", \"stroke\": \"#404040\"}}";
        Catalogue c = catalogue(layer("a", 10, "").replace("\"width\": 1}", "\"width\": 1}, " + label));
        assertThat(c.problems()).isEmpty();
        TextSymbolizer t = (TextSymbolizer) c.layer("a")
                .style(LineString.class)
                .featureTypeStyles()
                .get(0)
                .rules()
                .get(0)
                .symbolizers()
                .get(1);
        assertThat(t.getOptions())
                .containsEntry(TextSymbolizer.FOLLOW_LINE_KEY, "true")
                .containsEntry(TextSymbolizer.LABEL_REPEAT_KEY, "250.0")
                .containsEntry(TextSymbolizer.MAX_ANGLE_DELTA_KEY, "30.0");
        assertThat(t.getGraphic()).isNotNull();
    }

    // Found by fuzzing (docs/reliability.md): each of these ended in an exception instead of a problem.

    @Test
    void zeroBytesJacksonWouldTakeForUtf32AreInvalidJsonNotAnError() throws IOException {
        for (byte[] bytes : List.of(new byte[] {0x7b, 0, 0, 0, 0, 0x70, 0x2a}, new byte[] {0, 0, 2, 0, 0})) {
            Files.write(maps.resolve(Catalogue.FILE_NAME), bytes);
            Catalogue c = Catalogue.of(maps);
            assertThat(c.layers()).isEmpty();
            assertThat(c.problems()).singleElement().asString().contains("invalid JSON");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreOneProblem() throws IOException {
        Files.write(maps.resolve(Catalogue.FILE_NAME), new byte[] {'{', (byte) 0xC8, 0, '}'});
        assertThat(Catalogue.of(maps).problems()).singleElement().asString().contains("not UTF-8");
    }

    @Test
    void layersThatAreAnObjectAreTheSchemasProblemNotAnError() throws IOException {
        Files.writeString(maps.resolve(Catalogue.FILE_NAME), "{\"layers\": {\"0\": {\"name\": \"a\"}, \"b\": 2}}");
        Catalogue c = Catalogue.of(maps);
        assertThat(c.layers()).isEmpty();
        assertThat(c.problems()).isNotEmpty();
    }

    @Test
    void ruleOutsideItsLayersScalesIsNeverDrawnAndBuildsNoRule() throws IOException {
        String entry = layer("a", 10, " \"maxScale\": 5000,")
                .replace("{\"title\": \"all\",", "{\"title\": \"all\", \"minScale\": 10000,");
        Catalogue c = catalogue(entry);
        assertThat(c.problems()).isEmpty();
        Style style = c.layer("a").style(Polygon.class);
        assertThat(style.featureTypeStyles())
                .allSatisfy(f -> assertThat(f.rules()).isEmpty());
    }
}
