package org.borderwatch.render.furniture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import net.sf.geographiclib.Geodesic;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class ScaleBarTest {

    private static Viewport region(String epsg, int width) throws Exception {
        ReferencedEnvelope lonLat = new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84);
        return Viewport.fit(lonLat.transform(CRS.decode(epsg, true), true), width, 700, 1.0);
    }

    /** The ground length between the bar's two ends, placed across the map centre. */
    private static double groundMetres(Viewport v, ScaleBar.Bar bar) throws Exception {
        double cy = v.heightPx() / 2.0;
        Point2D a = v.toLonLat(v.widthPx() / 2.0 - bar.lengthPx() / 2, cy);
        Point2D b = v.toLonLat(v.widthPx() / 2.0 + bar.lengthPx() / 2, cy);
        return Geodesic.WGS84.Inverse(a.getY(), a.getX(), b.getY(), b.getX()).s12;
    }

    @Test
    void scaleBarShowsTrueDistanceAtMapLatitudeInUtm() throws Exception {
        Viewport v = region("EPSG:32634", 1000);
        ScaleBar.Bar bar = ScaleBar.measure(v, 140);
        assertThat(groundMetres(v, bar)).isCloseTo(bar.metres(), within(bar.metres() * 0.001));
    }

    @Test
    void scaleBarShowsTrueDistanceInWebMercatorWhereMapMetresAreNotGroundMetres() throws Exception {
        Viewport v = region("EPSG:3857", 1000);
        ScaleBar.Bar bar = ScaleBar.measure(v, 140);
        assertThat(groundMetres(v, bar)).isCloseTo(bar.metres(), within(bar.metres() * 0.001));
        // at 43°N a Web Mercator metre is cos(43°) ≈ 0.73 ground metres: the naive bar would be 37 % too long
        double mapMetres = bar.lengthPx() * v.unitsPerPixel();
        assertThat(bar.metres() / mapMetres).isCloseTo(Math.cos(Math.toRadians(43)), within(0.01));
    }

    @Test
    void scaleBarLengthIsARoundNumberThatFits() throws Exception {
        Viewport v = region("EPSG:32634", 1000);
        ScaleBar.Bar bar = ScaleBar.measure(v, 140);
        assertThat(bar.lengthPx()).isLessThanOrEqualTo(140).isGreaterThan(140 / 2.5);
        assertThat(bar.metres()).isEqualTo(50_000);
        assertThat(bar.label()).isEqualTo("50 km");
    }

    @Test
    void niceNumbersAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ScaleBar.niceBelow(73_400)).isEqualTo(50_000);
        assertThat(ScaleBar.niceBelow(1_999)).isEqualTo(1_000);
        assertThat(ScaleBar.niceBelow(2_000)).isEqualTo(2_000);
        assertThat(ScaleBar.niceBelow(480)).isEqualTo(200);
        assertThat(ScaleBar.label(500)).isEqualTo("500 m");
        assertThat(ScaleBar.label(20_000)).isEqualTo("20 km");
    }
}
