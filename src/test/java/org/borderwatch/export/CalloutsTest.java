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
            targets.add(new Callouts.Target("e" + i, new Point2D.Double(400 + 15 * i, 300 + 10 * i),
                    "Clash near the Jarinje crossing number " + i, "2023-09-2" + i));
        List<Rectangle2D> keepOut = List.of(new Rectangle2D.Double(0, 540, 300, 60), new Rectangle2D.Double(740, 0, 60, 70));
        Callouts c = Callouts.place(targets, 800, 600, keepOut, TITLE, DATE, PageBuilder.FRC, 1);
        assertThat(c.placed()).hasSize(6);
        Rectangle2D map = new Rectangle2D.Double(0, 0, 800, 600);
        for (int i = 0; i < c.placed().size(); i++) {
            Rectangle2D a = c.placed().get(i).box();
            assertThat(map.contains(a)).isTrue();
            for (Rectangle2D k : keepOut) assertThat(a.intersects(k)).isFalse();
            for (int j = i + 1; j < c.placed().size(); j++) assertThat(a.intersects(c.placed().get(j).box())).isFalse();
        }
    }

    @Test
    void anEventOutsideTheMapGetsNoLabel() {
        var outside = new Callouts.Target("x", new Point2D.Double(-20, 50), "Far away", "2023-09-24");
        assertThat(Callouts.place(List.of(outside), 800, 600, List.of(), TITLE, DATE, PageBuilder.FRC, 1).placed()).isEmpty();
    }

    @Test
    void longTitlesAreShortenedToFitTheBox() {
        var t = new Callouts.Target("x", new Point2D.Double(100, 100), "A".repeat(80), "2023-09-24");
        var placed = Callouts.place(List.of(t), 800, 600, List.of(), TITLE, DATE, PageBuilder.FRC, 1).placed().get(0);
        assertThat(String.join("", placed.title().lines())).endsWith("…").hasSizeLessThan(45);
    }
}
