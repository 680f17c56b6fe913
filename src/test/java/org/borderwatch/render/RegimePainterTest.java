package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.CrossingStatus;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.marker.CrossingSymbol;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The border regime drawn for the frame's day: crossing symbols by status, the GSZ from 1999, legend rows. */
class RegimePainterTest {

    private static final int SIZE = 200;
    private static MapModel model;
    private static Regime regime;
    private static Viewport aroundJarinje;

    @BeforeAll
    static void load() throws Exception {
        model = RegionMap.load(Path.of("maps"));
        regime = new Regime(
                new CrossingsReader().read(Path.of("data", "crossings.geojson")).crossings(),
                true,
                GroundSafetyZone.of(model),
                true);
        double[] xy = {20.69167, 43.21861};
        CRS.findMathTransform(DefaultGeographicCRS.WGS84, model.displayCrs(), true)
                .transform(xy, 0, xy, 0, 1);
        // 20 m a pixel, Jarinje's published point at the centre
        aroundJarinje = new Viewport(
                new ReferencedEnvelope(xy[0] - 2000, xy[0] + 2000, xy[1] - 2000, xy[1] + 2000, model.displayCrs()),
                SIZE,
                SIZE,
                1);
    }

    private static BufferedImage paint(MapTime time, Regime drawn) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        new MapPainter()
                .paint(
                        g,
                        new Frame(
                                model,
                                aroundJarinje,
                                List.of(),
                                Set.of(),
                                FrameOptions.FEATURES_ONLY,
                                List.of(),
                                time,
                                drawn));
        g.dispose();
        return image;
    }

    /** A pixel of the symbol's fill, clear of its white mark. */
    private static Color symbolFill(BufferedImage image) {
        // upper right: clear of the marks and of the diagonal that splits "closed to entry from Serbia"
        return new Color(image.getRGB(SIZE / 2 + 4, SIZE / 2 - 5));
    }

    @Test
    void jarinjeIsDrawnClosedOnTheDayOfClosureAndOpenOnTheDayOfReopening() {
        assertThat(symbolFill(paint(MapTime.on(LocalDate.of(2022, 12, 10)), regime)))
                .isEqualTo(CrossingSymbol.colour(CrossingStatus.CLOSED));
        assertThat(symbolFill(paint(MapTime.on(LocalDate.of(2022, 12, 30)), regime)))
                .isEqualTo(CrossingSymbol.colour(CrossingStatus.OPEN));
        assertThat(symbolFill(paint(new MapTime(null, LocalDate.of(2023, 10, 10)), regime)))
                .isEqualTo(CrossingSymbol.colour(CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA));
    }

    @Test
    void withNoDayOrInAGapTheStatusIsDrawnUnknown() {
        assertThat(symbolFill(paint(MapTime.ALL, regime))).isEqualTo(CrossingSymbol.colour(CrossingStatus.UNKNOWN));
        assertThat(symbolFill(paint(MapTime.on(LocalDate.of(2021, 1, 1)), regime)))
                .isEqualTo(CrossingSymbol.colour(CrossingStatus.UNKNOWN));
    }

    @Test
    void hiddenCrossingsAreNotDrawn() {
        Color hidden = symbolFill(paint(MapTime.on(LocalDate.of(2022, 12, 10)), regime.withShown(false, false)));
        assertThat(hidden).isNotEqualTo(CrossingSymbol.colour(CrossingStatus.CLOSED));
    }

    @Test
    void theZoneIsDrawnFromTheDayOfTheAgreementOn() {
        Regime zoneOnly = regime.withShown(false, true);
        long before = zonePixels(paint(MapTime.on(LocalDate.of(1999, 6, 8)), zoneOnly));
        long after = zonePixels(paint(MapTime.on(LocalDate.of(1999, 6, 9)), zoneOnly));
        assertThat(before).isZero();
        assertThat(after).isPositive();
    }

    @Test
    void legendRowsGiveEachCrossingsStatusOnTheFramesDay() {
        Frame frame = new Frame(
                model,
                aroundJarinje,
                List.of(),
                Set.of(),
                FrameOptions.STANDARD,
                List.of(),
                MapTime.on(LocalDate.of(2022, 12, 15)),
                regime);
        List<RegimeLegend.Row> rows = RegimeLegend.rows(frame);
        assertThat(rows.get(0).text()).isEqualTo("Crossings on 2022-12-15");
        assertThat(rows).extracting(RegimeLegend.Row::text).contains("Jarinje: closed", "Merdare: open");
        assertThat(rows.get(rows.size() - 1).zone()).isTrue();
        assertThat(RegimeLegend.rows(frame.withRegime(Regime.NONE))).isEmpty();
    }

    @Test
    void legendRowsNameTheCrossingsAsTheNamesSettingWritesPlaces() {
        Frame frame = new Frame(
                model,
                aroundJarinje,
                List.of(),
                Set.of(),
                FrameOptions.STANDARD.withNames(PlaceNames.of(NameStyle.SR_CYRL)),
                List.of(),
                MapTime.on(LocalDate.of(2022, 12, 15)),
                regime);
        assertThat(RegimeLegend.rows(frame))
                .extracting(RegimeLegend.Row::text)
                .contains("Јариње: closed")
                .noneMatch(text -> text.startsWith("Jarinje"));
        Frame dual = frame.withOptions(FrameOptions.STANDARD.withNames(PlaceNames.of(NameStyle.DUAL)));
        assertThat(RegimeLegend.rows(dual)).extracting(RegimeLegend.Row::text).contains("Jarinjë / Jarinje: closed");
    }

    /** Pixels in the hatching's violet. */
    private static long zonePixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < SIZE; y++)
            for (int x = 0; x < SIZE; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - 0x6A) < 30
                        && Math.abs(c.getGreen() - 0x3D) < 30
                        && Math.abs(c.getBlue() - 0x9A) < 30) n++;
            }
        return n;
    }
}
