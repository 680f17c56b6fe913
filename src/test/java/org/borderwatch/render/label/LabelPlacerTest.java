package org.borderwatch.render.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final LabelPlacer.TextStyle STYLE =
            new LabelPlacer.TextStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 12), Color.BLACK, Color.WHITE, 1.5f, 4);

    @Test
    void placedLabelsNeverOverlapEachOther() {
        LabelPlacer placer = new LabelPlacer();
        Random r = new Random(42);
        for (int i = 0; i < 400; i++)
            placer.add("Place " + i, r.nextDouble() * 800, r.nextDouble() * 600, r.nextInt(5), STYLE);
        List<LabelPlacer.Placed> placed = placer.place(placer.layout(), 800, 600);
        assertThat(placed).hasSizeBetween(20, 399);
        for (int i = 0; i < placed.size(); i++)
            for (int j = i + 1; j < placed.size(); j++)
                assertThat(placed.get(i).bounds().intersects(placed.get(j).bounds()))
                        .as(
                                "%s overlaps %s",
                                placed.get(i).text(), placed.get(j).text())
                        .isFalse();
    }

    @Test
    void higherPriorityLabelWinsAContestedSpot() {
        LabelPlacer placer = new LabelPlacer();
        placer.add("Village", 200, 200, 1, STYLE);
        placer.add("Capital", 201, 200, 99, STYLE);
        List<LabelPlacer.Placed> placed = placer.place(placer.layout(), 400, 400);
        assertThat(placed.get(0).text()).isEqualTo("Capital");
        assertThat(placed.get(0).bounds().getMinX())
                .as("the capital takes the preferred spot, right of its point")
                .isGreaterThan(201);
    }

    @Test
    void labelsKeepClearOfReservedAreasAndTheFrameEdge() {
        LabelPlacer placer = new LabelPlacer();
        Rectangle2D scaleBar = new Rectangle2D.Double(0, 500, 200, 100);
        placer.reserve(scaleBar);
        for (int x = 10; x < 400; x += 30) placer.add("Town", x, 550, 1, STYLE);
        placer.add("Edge", 795, 10, 1, STYLE);
        for (LabelPlacer.Placed p : placer.place(placer.layout(), 800, 600)) {
            assertThat(p.bounds().intersects(scaleBar))
                    .as("%s at %s", p.text(), p.bounds())
                    .isFalse();
            assertThat(new Rectangle2D.Double(0, 0, 800, 600).contains(p.bounds()))
                    .isTrue();
        }
    }

    @Test
    void aLabelWithNoFreeSpotIsDropped() {
        LabelPlacer placer = new LabelPlacer();
        placer.add("Important", 100, 100, 2, STYLE);
        for (int i = 0; i < 4; i++) placer.add("Crowded " + i, 100, 100, 1, STYLE);
        List<LabelPlacer.Placed> placed = placer.place(placer.layout(), 400, 400);
        assertThat(placed.size())
                .as("four spots around one point cannot take five labels")
                .isBetween(1, 4);
        assertThat(placed.get(0).text()).isEqualTo("Important");
    }

    /** About 600 places scattered over a 1400×1000 buffer, priorities 0–4, as the layers offer them. */
    private static LabelPlacer scattered() {
        LabelPlacer placer = new LabelPlacer();
        Random r = new Random(7);
        for (int i = 0; i < 600; i++)
            placer.add("Place " + i, r.nextDouble() * 1400, r.nextDouble() * 1000, r.nextInt(5), STYLE);
        return placer;
    }

    @Test
    void everyLabelWhoseSpotStaysInViewAndClearOfFurnitureKeepsItWhileTheMapPans() {
        LabelPlacer placer = scattered();
        LabelLayout layout = placer.layout();
        Rectangle2D scaleBar = new Rectangle2D.Double(0, 540, 220, 60);
        placer.reserve(scaleBar);
        Rectangle2D frame = new Rectangle2D.Double(0, 0, 800, 600);
        int kept = 0;
        for (int step = 0; step < 12; step++) {
            // a drag across the buffer, with the scale bar fixed to the screen
            LabelLayout moved = layout.movedBy(-100 - 40 * step, -80 - 15 * step);
            List<Rectangle2D> shown = placer.place(moved, 800, 600).stream()
                    .map(LabelPlacer.Placed::bounds)
                    .toList();
            for (LabelLayout.Label l : moved.labels()) {
                Rectangle2D spot = l.box(l.spot(), moved.dx(), moved.dy());
                if (!frame.contains(spot) || spot.intersects(scaleBar)) continue;
                assertThat(shown)
                        .as("%s at its spot %s", l.candidate().text(), spot)
                        .contains(spot);
                kept++;
            }
        }
        assertThat(kept).as("labels checked over the drag").isGreaterThan(300);
    }

    @Test
    void aPannedFrameKeepsItsLabelsApartInsideTheFrameAndClearOfReservedAreas() {
        LabelPlacer placer = scattered();
        LabelLayout layout = placer.layout();
        Rectangle2D northArrow = new Rectangle2D.Double(740, 10, 40, 60);
        Rectangle2D marker = new Rectangle2D.Double(300, 200, 30, 30);
        placer.reserve(northArrow);
        placer.reserve(marker);
        List<LabelPlacer.Placed> placed = placer.place(layout.movedBy(-213, -147), 800, 600);
        assertThat(placed).hasSizeGreaterThan(20);
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D b = placed.get(i).bounds();
            assertThat(new Rectangle2D.Double(0, 0, 800, 600).contains(b))
                    .as("%s inside the frame", b)
                    .isTrue();
            assertThat(b.intersects(northArrow) || b.intersects(marker))
                    .as("%s clear of reserved areas", b)
                    .isFalse();
            for (int j = i + 1; j < placed.size(); j++)
                assertThat(b.intersects(placed.get(j).bounds()))
                        .as(
                                "%s overlaps %s",
                                placed.get(i).text(), placed.get(j).text())
                        .isFalse();
        }
    }

    @Test
    void aLabelWhoseSpotCrossesTheFrameEdgeTakesAnotherSpotInside() {
        LabelPlacer placer = new LabelPlacer();
        placer.add("Edge", 380, 200, 1, STYLE);
        LabelLayout layout = placer.layout();
        assertThat(layout.labels().get(0).spot())
                .as("laid out right of its point")
                .isZero();
        List<LabelPlacer.Placed> placed = placer.place(layout, 400, 400);
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).bounds().getMaxX())
                .as("moved left of its point")
                .isLessThan(380);
    }

    @Test
    void aLayoutKeepsTheSpotsOfTheLabelsItWasGivenAndFitsNewOnesAroundThem() {
        LabelPlacer first = new LabelPlacer();
        first.add("Village", 200, 200, 1, STYLE);
        LabelLayout before = first.layout();
        // the next buffer sees the village 60 px further left, and a more important town that would want its spot
        LabelPlacer next = new LabelPlacer();
        next.add("Capital", 141, 200, 99, STYLE);
        next.add("Village", 140, 200, 1, STYLE);
        LabelLayout after = next.layout(before.movedBy(-60, 0));
        LabelLayout.Label village = after.labels().stream()
                .filter(l -> l.candidate().text().equals("Village"))
                .findFirst()
                .orElseThrow();
        assertThat(village.box(village.spot(), 0, 0))
                .isEqualTo(before.labels().get(0).box(before.labels().get(0).spot(), -60, 0));
        LabelLayout fresh = next.layout();
        assertThat(fresh.labels().get(0).candidate().text())
                .as("without a kept layout the capital takes the spot")
                .isEqualTo("Capital");
        assertThat(fresh.labels().get(0).spot()).isZero();
    }
}
