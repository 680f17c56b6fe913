package org.borderwatch.render.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;

class LineLabelSpotTest {

    private static Path2D line(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        return p;
    }

    @Test
    void aNameLiesAlongADiagonalLineAtItsAngle() {
        LineLabelSpot spot = LineLabelSpot.find(line(0, 0, 300, 300), 80, 12);
        assertThat(spot).isNotNull();
        assertThat(spot.angle()).isCloseTo(Math.PI / 4, within(1e-9));
    }

    @Test
    void aLineDigitisedRightToLeftStillGetsUprightText() {
        LineLabelSpot leftward = LineLabelSpot.find(line(300, 0, 0, 0), 80, 12);
        LineLabelSpot upward = LineLabelSpot.find(line(0, 300, 10, 0), 80, 12);
        assertThat(leftward.angle()).isCloseTo(0, within(1e-9));
        assertThat(upward.angle()).isBetween(-Math.PI / 2, Math.PI / 2);
    }

    @Test
    void theNameSitsJustAboveTheLineNotOnIt() {
        LineLabelSpot spot = LineLabelSpot.find(line(0, 100, 400, 100), 80, 12);
        assertThat(spot.x()).isCloseTo(200, within(1e-9));
        // above on screen is a smaller y: half the label's height plus a small gap
        assertThat(spot.y()).isLessThan(100 - 6).isGreaterThan(100 - 12);
    }

    @Test
    void aZigzagTooTightForTheTextGetsNoLabel() {
        Path2D zigzag = new Path2D.Double();
        zigzag.moveTo(0, 0);
        for (int i = 1; i <= 40; i++) zigzag.lineTo(i * 10, i % 2 == 0 ? 0 : 20);
        assertThat(LineLabelSpot.find(zigzag, 80, 12)).isNull();
    }

    @Test
    void aLineShorterThanTheNameGetsNoLabel() {
        assertThat(LineLabelSpot.find(line(0, 0, 60, 0), 80, 12)).isNull();
    }

    @Test
    void aBendFarFromTheMiddleStillLeavesTheStraightStretch() {
        LineLabelSpot spot = LineLabelSpot.find(line(0, 0, 400, 0, 400, 40), 80, 12);
        assertThat(spot).isNotNull();
        assertThat(spot.angle()).isCloseTo(0, within(1e-9));
    }
}
