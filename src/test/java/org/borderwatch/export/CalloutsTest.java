package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalloutsTest {
    private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 12);
    private static final Font DATE = new Font("DejaVu Sans", Font.PLAIN, 10);

    @Test
    void labelsOfNearbyEventsDoNotOverlapEachOtherTheFurnitureOrTheMapEdge() {
        List<Callouts.Target> targets = new ArrayList<>();
        for (int i = 0; i < 6; i++)
            targets.add(new Callouts.Target(
                    "e" + i,
                    new Point2D.Double(400 + 15 * i, 300 + 10 * i),
                    "Clash near the Jarinje crossing number " + i,
                    "2023-09-2" + i));
        List<Rectangle2D> keepOut =
                List.of(new Rectangle2D.Double(0, 540, 300, 60), new Rectangle2D.Double(740, 0, 60, 70));
        Callouts c = Callouts.place(targets, 800, 600, keepOut, TITLE, DATE, PageBuilder.FRC, 1);
        assertThat(c.placed()).hasSize(6);
        Rectangle2D map = new Rectangle2D.Double(0, 0, 800, 600);
        for (int i = 0; i < c.placed().size(); i++) {
            Rectangle2D a = c.placed().get(i).box();
            assertThat(map.contains(a)).isTrue();
            for (Rectangle2D k : keepOut) assertThat(a.intersects(k)).isFalse();
            for (int j = i + 1; j < c.placed().size(); j++)
                assertThat(a.intersects(c.placed().get(j).box())).isFalse();
        }
    }

    @Test
    void anEventOutsideTheMapGetsNoLabel() {
        var outside = new Callouts.Target("x", new Point2D.Double(-20, 50), "Far away", "2023-09-24");
        assertThat(Callouts.place(List.of(outside), 800, 600, List.of(), TITLE, DATE, PageBuilder.FRC, 1)
                        .placed())
                .isEmpty();
    }

    @Test
    void longTitlesAreShortenedToFitTheBox() {
        var t = new Callouts.Target("x", new Point2D.Double(100, 100), "A".repeat(80), "2023-09-24");
        var placed = Callouts.place(List.of(t), 800, 600, List.of(), TITLE, DATE, PageBuilder.FRC, 1)
                .placed()
                .get(0);
        assertThat(String.join("", placed.title().lines())).endsWith("…").hasSizeLessThan(45);
    }

    @Test
    void aTitleOfSeveralWordsWrapsWholeInsteadOfBeingCut() {
        String title = "Serbian police detain three Kosovo police officers, each side placing it on its own soil";
        var t = new Callouts.Target("x", new Point2D.Double(100, 100), title, "2023-06-14");

        var placed = Callouts.place(List.of(t), 800, 600, List.of(), TITLE, DATE, PageBuilder.FRC, 1)
                .placed()
                .get(0);

        assertThat(placed.title().lines()).hasSizeBetween(2, 3);
        assertThat(String.join(" ", placed.title().lines())).isEqualTo(title);
    }

    @Test
    void placedAgainAroundWhatTheMapDrewACalloutHidesNoMarkerOrPlaceLabel() {
        var t = new Callouts.Target(
                "brnjak", new Point2D.Double(400, 300), "Kosovo closes the Brnjak crossing", "2023-09-25");
        Callouts first = Callouts.place(List.of(t), 800, 600, List.of(), TITLE, DATE, PageBuilder.FRC, 1);
        Rectangle2D where = first.placed().get(0).box();
        // a place label where the callout went first, and a marker just beyond it
        List<Rectangle2D> drawn = List.of(
                new Rectangle2D.Double(where.getX(), where.getY(), 60, 14),
                new Rectangle2D.Double(where.getMaxX() - 20, where.getCenterY() - 8, 16, 16));

        Callouts again = first.avoiding(drawn);

        assertThat(again.placed()).hasSize(1);
        for (Rectangle2D d : drawn)
            assertThat(again.placed().get(0).box().intersects(d)).isFalse();
    }
}
