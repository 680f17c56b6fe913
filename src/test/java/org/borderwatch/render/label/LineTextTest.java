package org.borderwatch.render.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names set glyph by glyph along synthetic named lines (the shipped rivers are unnamed), and road shields. */
class LineTextTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 1).deriveFont(14f);
    private static final double MAX_BEND = Math.toRadians(22.5);
    private static final LabelPlacer.TextStyle STYLE =
            new LabelPlacer.TextStyle(FONT, Color.BLUE, Color.WHITE, 1.5f, 4);

    /** A gentle arc, like a river's meander: radius 400 px, from the left end to the right. */
    private static Path2D arc(boolean leftToRight) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i <= 60; i++) {
            double a = Math.toRadians(leftToRight ? 210 + i : 270 - i + 60);
            double x = 500 + 400 * Math.cos(a);
            double y = 600 + 400 * Math.sin(a);
            if (i == 0) p.moveTo(x, y);
            else p.lineTo(x, y);
        }
        return p;
    }

    private static double distanceToPath(Path2D path, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] piece : LineText.pieces(path))
            for (int i = 2; i < piece.length; i += 2)
                best = Math.min(
                        best, java.awt.geom.Line2D.ptSegDist(piece[i - 2], piece[i - 1], piece[i], piece[i + 1], x, y));
        return best;
    }

    @Test
    void aNameAlongACurvedRiverFollowsThePathWithinHalfALineHeight() {
        Path2D river = arc(true);
        List<LineText.Spot> spots = new LineText().along(river, "Ibar", FONT, 1.5f, 0, MAX_BEND);
        assertThat(spots).hasSize(1);
        LineText.Spot s = spots.get(0);
        // every glyph box lies beside the line: its centre is within one line height of the path, none on the far side
        for (Rectangle2D box : s.shape().boxes()) {
            double d = distanceToPath(river, s.x() + box.getCenterX(), s.y() + box.getCenterY());
            assertThat(d).isLessThan(FONT.getSize2D());
        }
        // glyphs turn with the arc: the first and last glyph boxes sit at different heights than a straight label's
        List<Rectangle2D> boxes = s.shape().boxes();
        Rectangle2D first = boxes.get(0);
        Rectangle2D last = boxes.get(boxes.size() - 1);
        assertThat(first.getCenterX()).isLessThan(last.getCenterX());
    }

    @Test
    void aLineDigitisedRightToLeftIsReadLeftToRightNeverUpsideDown() {
        Path2D leftward = new Path2D.Double();
        leftward.moveTo(600, 200);
        leftward.lineTo(100, 220);
        List<LineText.Spot> spots = new LineText().along(leftward, "Sitnica", FONT, 1.5f, 0, MAX_BEND);
        assertThat(spots).hasSize(1);
        List<Rectangle2D> boxes = spots.get(0).shape().boxes();
        // the first letter is on the left, and the text stands above the line (smaller y), not hanging below it
        assertThat(boxes.get(0).getCenterX())
                .isLessThan(boxes.get(boxes.size() - 1).getCenterX());
        assertThat(spots.get(0).y()).isLessThan(210);
        Point2D.Double sOutline = new Point2D.Double(
                spots.get(0).shape().outline().getBounds2D().getCenterX(),
                spots.get(0).shape().outline().getBounds2D().getCenterY());
        assertThat(sOutline.y).isBetween((double) -FONT.getSize2D(), (double) FONT.getSize2D());
    }

    @Test
    void aBendSharperThanAllowedBetweenTwoGlyphsGetsNoLabel() {
        Path2D elbow = new Path2D.Double();
        // legs too short to hold the name on either, so any spot straddles the right angle
        elbow.moveTo(0, 100);
        elbow.lineTo(20, 100);
        elbow.lineTo(20, 120);
        assertThat(new LineText().along(elbow, "Lab", FONT, 1.5f, 0, MAX_BEND)).isEmpty();
    }

    @Test
    void aLongLineRepeatsTheNameAtTheSpacing() {
        Path2D road = new Path2D.Double();
        road.moveTo(0, 300);
        road.lineTo(2000, 300);
        List<LineText.Spot> spots = new LineText().along(road, "Ibarska magistrala", FONT, 1.5f, 400, MAX_BEND);
        assertThat(spots.size()).isGreaterThanOrEqualTo(4);
        List<Double> xs = spots.stream().map(LineText.Spot::x).sorted().toList();
        for (int i = 1; i < xs.size(); i++)
            assertThat(xs.get(i) - xs.get(i - 1)).isCloseTo(400, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void aShieldIsAnUprightPlateCentredOnTheLine() {
        Path2D road = new Path2D.Double();
        road.moveTo(0, 0);
        road.lineTo(300, 300);
        List<LineText.Spot> spots = new LineText().shields(road, "M2", FONT, Color.WHITE, Color.DARK_GRAY, 0);
        assertThat(spots).hasSize(1);
        LineText.Spot s = spots.get(0);
        assertThat(s.x()).isEqualTo(150.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(s.y()).isEqualTo(150.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(s.shape().plate()).isNotNull();
        Rectangle2D plate = s.shape().plate().getBounds2D();
        assertThat(plate.getWidth()).isGreaterThan(plate.getHeight());
        assertThat(plate.contains(s.shape().outline().getBounds2D())).isTrue();
    }

    @Test
    void aNameAlongALineGivesWayToAMoreImportantPointLabelInTheSameCollisionPass() {
        Path2D river = new Path2D.Double();
        river.moveTo(100, 200);
        river.lineTo(700, 200);
        LabelPlacer placer = new LabelPlacer();
        for (LineText.Spot s : new LineText().along(river, "Ibar", FONT, 1.5f, 0, MAX_BEND))
            placer.addShaped("Ibar", s.x(), s.y(), 1, STYLE, s.shape());
        // a town just above the river's middle: its name, placed first, takes the spot the river's name wanted
        placer.add("Zvečan", 400, 190, 100, STYLE);
        List<LabelPlacer.Placed> placed = placer.place(placer.layout(), 800, 400);
        assertThat(placed).extracting(LabelPlacer.Placed::text).containsExactly("Zvečan");
        LabelPlacer.Placed town = placed.stream()
                .filter(p -> p.text().equals("Zvečan"))
                .findFirst()
                .orElseThrow();
        placed.stream().filter(p -> p.text().equals("Ibar")).forEach(ibar -> {
            for (Rectangle2D box : ibar.shape().boxesAt(ibar.x(), ibar.y()))
                assertThat(box.intersects(town.bounds())).isFalse();
        });
    }

    @Test
    void aNameAlongALineNeverCoversAReservedEventMarker() {
        Path2D river = new Path2D.Double();
        river.moveTo(100, 200);
        river.lineTo(500, 200);
        LabelPlacer placer = new LabelPlacer();
        List<LineText.Spot> spots = new LineText().along(river, "Ibar", FONT, 1.5f, 0, MAX_BEND);
        LineText.Spot s = spots.get(0);
        placer.addShaped("Ibar", s.x(), s.y(), 1, STYLE, s.shape());
        // a marker over the name's middle glyphs
        placer.reserve(new Rectangle2D.Double(s.x() - 4, s.y() - 4, 8, 8));
        assertThat(placer.place(placer.layout(), 800, 400)).isEmpty();
        LabelPlacer clear = new LabelPlacer();
        clear.addShaped("Ibar", s.x(), s.y(), 1, STYLE, s.shape());
        clear.reserve(new Rectangle2D.Double(s.x() + 200, s.y() - 4, 8, 8));
        assertThat(clear.place(clear.layout(), 800, 400))
                .extracting(LabelPlacer.Placed::text)
                .containsExactly("Ibar");
    }

    @Test
    void twoRepeatsOfOneRoadNameThatWouldOverlapKeepOnlyOne() {
        Path2D road = new Path2D.Double();
        road.moveTo(0, 100);
        road.lineTo(900, 100);
        LabelPlacer placer = new LabelPlacer();
        // a spacing shorter than the name: the repeats overlap and the collision pass keeps them apart
        for (LineText.Spot s : new LineText().along(road, "Ibarska magistrala", FONT, 1.5f, 40, MAX_BEND))
            placer.addShaped("Ibarska magistrala", s.x(), s.y(), 1, STYLE, s.shape());
        List<LabelPlacer.Placed> placed = placer.place(placer.layout(), 1000, 200);
        assertThat(placed).isNotEmpty();
        for (int i = 0; i < placed.size(); i++)
            for (int j = i + 1; j < placed.size(); j++)
                assertThat(placed.get(i).bounds().intersects(placed.get(j).bounds()))
                        .isFalse();
    }
}
