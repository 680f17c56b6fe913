package org.borderwatch.render;

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
        for (int i = 0; i < 400; i++) placer.add("Place " + i, r.nextDouble() * 800, r.nextDouble() * 600, r.nextInt(5), STYLE);
        List<LabelPlacer.Placed> placed = placer.place(800, 600);
        assertThat(placed).hasSizeBetween(20, 399);
        for (int i = 0; i < placed.size(); i++)
            for (int j = i + 1; j < placed.size(); j++)
                assertThat(placed.get(i).bounds().intersects(placed.get(j).bounds()))
                        .as("%s overlaps %s", placed.get(i).text(), placed.get(j).text()).isFalse();
    }

    @Test
    void higherPriorityLabelWinsAContestedSpot() {
        LabelPlacer placer = new LabelPlacer();
        placer.add("Village", 200, 200, 1, STYLE);
        placer.add("Capital", 201, 200, 99, STYLE);
        List<LabelPlacer.Placed> placed = placer.place(400, 400);
        assertThat(placed.get(0).text()).isEqualTo("Capital");
        assertThat(placed.get(0).bounds().getMinX()).as("the capital takes the preferred spot, right of its point")
                .isGreaterThan(201);
    }

    @Test
    void labelsKeepClearOfReservedAreasAndTheFrameEdge() {
        LabelPlacer placer = new LabelPlacer();
        Rectangle2D scaleBar = new Rectangle2D.Double(0, 500, 200, 100);
        placer.reserve(scaleBar);
        for (int x = 10; x < 400; x += 30) placer.add("Town", x, 550, 1, STYLE);
        placer.add("Edge", 795, 10, 1, STYLE);
        for (LabelPlacer.Placed p : placer.place(800, 600)) {
            assertThat(p.bounds().intersects(scaleBar)).as("%s at %s", p.text(), p.bounds()).isFalse();
            assertThat(new Rectangle2D.Double(0, 0, 800, 600).contains(p.bounds())).isTrue();
        }
    }

    @Test
    void aLabelWithNoFreeSpotIsDropped() {
        LabelPlacer placer = new LabelPlacer();
        placer.add("Important", 100, 100, 2, STYLE);
        for (int i = 0; i < 4; i++) placer.add("Crowded " + i, 100, 100, 1, STYLE);
        List<LabelPlacer.Placed> placed = placer.place(400, 400);
        assertThat(placed.size()).as("four spots around one point cannot take five labels").isBetween(1, 4);
        assertThat(placed.get(0).text()).isEqualTo("Important");
    }
}
