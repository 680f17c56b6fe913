package org.borderwatch.render.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Area and line labels take part in the same collision pass as point labels. */
class CentredLabelTest {

    private static final LabelPlacer.TextStyle STYLE =
            new LabelPlacer.TextStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 12), Color.BLACK, Color.WHITE, 1.5f, 4);

    private static Path2D square(double x, double y, double side) {
        return new Path2D.Double(new Rectangle2D.Double(x, y, side, side));
    }

    @Test
    void anAreaLabelIsPlacedOnlyWhereItFitsInsideTheArea() {
        LabelPlacer placer = new LabelPlacer();
        placer.addCentred("Zubin Potok", 200, 200, 1, STYLE, 0, square(100, 100, 200));
        placer.addCentred("Zvečan", 500, 500, 1, STYLE, 0, square(490, 490, 20));
        List<LabelPlacer.Placed> placed = placer.place(placer.layout(), 800, 800);
        assertThat(placed).extracting(LabelPlacer.Placed::text).containsExactly("Zubin Potok");
        assertThat(new Rectangle2D.Double(100, 100, 200, 200)
                        .contains(placed.get(0).bounds()))
                .isTrue();
    }

    @Test
    void aMoreImportantPointLabelWinsOverALineLabelInTheSamePass() {
        LabelPlacer placer = new LabelPlacer();
        placer.add("Leposavić", 300, 300, 10, STYLE);
        // centred on where the point label's right-hand spot lies
        placer.addCentred("Ibar", 330, 300, 1, STYLE, 0.3, null);
        placer.addCentred("Ibar", 600, 600, 1, STYLE, 0.3, null);
        List<LabelPlacer.Placed> placed = placer.place(placer.layout(), 800, 800);
        assertThat(placed).extracting(LabelPlacer.Placed::text).containsExactlyInAnyOrder("Leposavić", "Ibar");
        LabelPlacer.Placed ibar =
                placed.stream().filter(p -> p.text().equals("Ibar")).findFirst().orElseThrow();
        assertThat(ibar.x()).isEqualTo(600);
        assertThat(ibar.angle()).isEqualTo(0.3);
    }

    @Test
    void aLabelIsNeverPlacedOverAReservedMarker() {
        LabelPlacer placer = new LabelPlacer();
        placer.addCentred("Gazivode", 400, 400, 1, STYLE, 0, square(300, 300, 200));
        placer.reserve(new Rectangle2D.Double(395, 395, 10, 10));
        assertThat(placer.place(placer.layout(), 800, 800)).isEmpty();
    }

    @Test
    void aTurnedLabelIsDrawnTurnedAboutItsCentre() {
        LabelPlacer placer = new LabelPlacer();
        placer.addCentred(
                "IIIIIIIIIIII",
                100,
                100,
                1,
                new LabelPlacer.TextStyle(new Font(Font.SANS_SERIF, Font.BOLD, 20), Color.BLACK, null, 0, 0),
                Math.PI / 2,
                null);
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        placer.paint(g, placer.place(placer.layout(), 200, 200), true);
        g.dispose();
        // turned a quarter, the text runs down the column through x = 100 and not along the row y = 100
        int inColumn = 0;
        int inRow = 0;
        for (int i = 0; i < 200; i++) {
            if (img.getRGB(100, i) >>> 24 > 128) inColumn++;
            if (img.getRGB(i, 100) >>> 24 > 128) inRow++;
        }
        assertThat(inColumn).isGreaterThan(2 * inRow);
    }
}
