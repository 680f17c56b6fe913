package org.borderwatch.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class ViewportTest {

    private static Viewport region() throws Exception {
        ReferencedEnvelope lonLat = new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84);
        return Viewport.fit(lonLat.transform(CRS.decode("EPSG:32634"), true), 1920, 1080, 1.0);
    }

    @Test
    void fitShowsTheWholeEnvelopeWithoutStretching() throws Exception {
        ReferencedEnvelope wanted = new ReferencedEnvelope(0, 1000, 0, 1000, CRS.decode("EPSG:32634"));
        Viewport v = Viewport.fit(wanted, 400, 200, 1.0);
        assertThat(v.area().contains((org.locationtech.jts.geom.Envelope) wanted))
                .isTrue();
        assertThat(v.area().getWidth() / v.widthPx()).isCloseTo(v.area().getHeight() / v.heightPx(), within(1e-9));
        assertThat(v.area().getCenterX()).isCloseTo(500, within(1e-9));
    }

    @Test
    void zoomAboutAPixelKeepsThePointUnderThatPixel() throws Exception {
        Viewport v = region();
        Point2D before = v.toWorld(300, 700);
        Viewport zoomed = v.zoomAbout(2.5, 300, 700);
        Point2D after = zoomed.toWorld(300, 700);
        assertThat(after.getX()).isCloseTo(before.getX(), within(1e-6));
        assertThat(after.getY()).isCloseTo(before.getY(), within(1e-6));
        assertThat(zoomed.unitsPerPixel()).isCloseTo(v.unitsPerPixel() / 2.5, within(1e-9));
    }

    @Test
    void panByPixelsMovesTheContentWithTheDrag() throws Exception {
        Viewport v = region();
        Point2D world = v.toWorld(100, 100);
        Viewport panned = v.panByPixels(40, -25);
        Point2D moved = panned.toScreen(world.getX(), world.getY());
        assertThat(moved.getX()).isCloseTo(140, within(1e-6));
        assertThat(moved.getY()).isCloseTo(75, within(1e-6));
    }

    @Test
    void screenAndWorldTransformsAreInverse() throws Exception {
        Viewport v = region();
        Point2D w = v.toWorld(123.5, 456.25);
        Point2D s = v.toScreen(w.getX(), w.getY());
        assertThat(s.getX()).isCloseTo(123.5, within(1e-6));
        assertThat(s.getY()).isCloseTo(456.25, within(1e-6));
    }

    @Test
    void lonLatOfACornerPixelMatchesTheProjectedCorner() throws Exception {
        Viewport v =
                Viewport.fit(new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84), 500, 300, 1);
        Point2D p = v.toLonLat(0, v.heightPx());
        assertThat(p.getX()).isCloseTo(v.area().getMinX(), within(1e-9));
        assertThat(p.getY()).isCloseTo(v.area().getMinY(), within(1e-9));
        Point2D pristina = region().toLonLat(960, 540);
        assertThat(pristina.getX()).isBetween(20.5, 21.5);
        assertThat(pristina.getY()).isBetween(42.5, 43.5);
    }

    @Test
    void scaleDenominatorFollowsDpiAndTheOgcPixel() throws Exception {
        Viewport v = region();
        double metresPerPx = v.unitsPerPixel();
        assertThat(v.scaleDenominator(96)).isCloseTo(metresPerPx * 96 / 0.0254, within(1e-6));
        assertThat(v.scaleDenominator()).isCloseTo(metresPerPx / 0.00028, within(1e-6));
        Viewport hiDpi = new Viewport(v.area(), 3840, 2160, 2.0);
        assertThat(hiDpi.scaleDenominator())
                .as("same area at twice the pixels and pixel scale: same style scale")
                .isCloseTo(v.scaleDenominator(), within(1e-6));
    }

    @Test
    void resizedKeepsCentreAndScale() throws Exception {
        Viewport v = region();
        Viewport r = v.resized(800, 600);
        assertThat(r.unitsPerPixel()).isCloseTo(v.unitsPerPixel(), within(1e-9));
        assertThat(r.area().getCenterX()).isCloseTo(v.area().getCenterX(), within(1e-6));
    }
}
