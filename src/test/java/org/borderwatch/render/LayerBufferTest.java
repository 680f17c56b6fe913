package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.label.LabelLayout;
import org.borderwatch.render.label.LabelPlacer;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class LayerBufferTest {

    private static BufferedImage paint(MapPainter painter, Frame frame) {
        BufferedImage img =
                new BufferedImage(frame.viewport().widthPx(), frame.viewport().heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        painter.paint(g, frame);
        g.dispose();
        return img;
    }

    private static double percentDiffering(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8)
                    if (Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)) > 24) {
                        differing++;
                        break;
                    }
            }
        return 100.0 * differing / ((long) a.getWidth() * a.getHeight());
    }

    @Test
    void aPanFrameFromTheBufferLooksLikeAFullRedraw() {
        MapModel model = TestRegion.model();
        Viewport v = Viewport.fit(TestRegion.extent(), 800, 600, 1.0);
        Viewport panned = v.panByPixels(60, -45);
        MapPainter panning = new MapPainter();
        paint(panning, Frame.of(model, v));
        BufferedImage fromBuffer = paint(panning, Frame.of(model, panned));
        BufferedImage redrawn = paint(new MapPainter(), Frame.of(model, panned));
        assertThat(percentDiffering(fromBuffer, redrawn)).isLessThanOrEqualTo(0.2);
    }

    @Test
    void theMarginAboveAndBelowIsDrawnWhenAPanFirstShowsIt() {
        MapModel model = TestRegion.model();
        Viewport v = Viewport.fit(TestRegion.extent(), 800, 600, 1.0);
        for (int dy : new int[] {LayerBuffer.MARGIN_PX - 10, -(LayerBuffer.MARGIN_PX - 10)}) {
            MapPainter panning = new MapPainter();
            paint(panning, Frame.of(model, v));
            Viewport panned = v.panByPixels(0, dy);
            BufferedImage fromBuffer = paint(panning, Frame.of(model, panned));
            BufferedImage redrawn = paint(new MapPainter(), Frame.of(model, panned));
            assertThat(percentDiffering(fromBuffer, redrawn))
                    .as("pan by %d px", dy)
                    .isLessThanOrEqualTo(0.2);
        }
    }

    @Test
    void aChangedModelIsRedrawnNotServedFromTheBuffer() {
        MapModel model = TestRegion.model();
        Viewport v = Viewport.fit(TestRegion.extent(), 800, 600, 1.0);
        MapPainter painter = new MapPainter();
        BufferedImage before = paint(painter, Frame.of(model, v));
        BufferedImage withoutCountries = paint(painter, Frame.of(model.withVisible("countries", false), v));
        assertThat(percentDiffering(before, withoutCountries))
                .as("hiding the countries changes the picture")
                .isGreaterThan(20);
    }

    @Test
    void theBufferIsOpaqueSoAFrameCopiesItInsteadOfBlendingIt() {
        Viewport v = Viewport.fit(TestRegion.extent(), 800, 600, 1.0);
        BufferedImage buffer = new LayerBuffer().imageFor(LayerBuffer.around(v));
        assertThat(buffer.getColorModel().hasAlpha()).isFalse();
        assertThat(buffer.getWidth()).isEqualTo(800 + 2 * LayerBuffer.MARGIN_PX);
    }

    @Test
    void aBufferDrawnFurtherAlongADragKeepsTheLabelsOfTheLastOneAndAnotherModelDoesNot() {
        MapModel model = TestRegion.model();
        Viewport v = Viewport.fit(TestRegion.extent(), 800, 600, 1.0);
        LayerBuffer buffer = new LayerBuffer();
        Viewport first = LayerBuffer.around(v);
        buffer.imageFor(first);
        LabelPlacer placer = new LabelPlacer();
        placer.add(
                "Mitrovicë",
                500,
                400,
                1,
                new LabelPlacer.TextStyle(
                        new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12),
                        java.awt.Color.BLACK,
                        null,
                        0,
                        4));
        buffer.drawn(model, first, true, null, placer.layout());
        Viewport next = LayerBuffer.around(v.panByPixels(-300, 120));
        LabelLayout kept = buffer.labelsFor(model, next);
        assertThat(kept.labels()).hasSize(1);
        assertThat(kept.dx())
                .as("the map moved 300 px left")
                .isCloseTo(-300, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(kept.dy()).isCloseTo(120, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(buffer.labelsFor(model.withVisible("countries", false), next).labels())
                .isEmpty();
        assertThat(buffer.labelsFor(model, LayerBuffer.around(Viewport.fit(TestRegion.extent(), 400, 300, 1.0)))
                        .labels())
                .as("another scale")
                .isEmpty();
    }

    /** The shipped maps/ and events: a pan frame shows the picture moved, labels and markers included. */
    @Test
    void aPanMovesTheLabelsWithTheMapAwayFromTheFrameEdgesAndFurniture() throws Exception {
        MapModel model = RegionMap.load(Path.of("maps"));
        List<Event> events =
                GeoJsonEventStore.open(Path.of("data/events.geojson")).all();
        ReferencedEnvelope border = new ReferencedEnvelope(20.0, 21.9, 42.3, 43.5, DefaultGeographicCRS.WGS84)
                .transform(model.displayCrs(), true);
        Viewport v = Viewport.fit(border, 1000, 700, 1.0);
        MapPainter painter = new MapPainter();
        BufferedImage before = paint(painter, new Frame(model, v, events, Set.of()));
        int dx = -37;
        int dy = 23;
        BufferedImage after = paint(painter, new Frame(model, v.panByPixels(dx, dy), events, Set.of()));
        // furniture sits within 120 px of the edges; a label pushed off its spot by a side edge may flip
        // to its other side, up to two label widths in
        int side = 300;
        int topAndBottom = 120;
        long differing = 0;
        for (int y = topAndBottom; y < 700 - topAndBottom; y++)
            for (int x = side; x < 1000 - side; x++) {
                int p = before.getRGB(x - dx, y - dy);
                int q = after.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8)
                    if (Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)) > 24) {
                        differing++;
                        break;
                    }
            }
        assertThat(differing)
                .as("pixels away from the edges that differ from the first frame moved")
                .isZero();
    }
}
