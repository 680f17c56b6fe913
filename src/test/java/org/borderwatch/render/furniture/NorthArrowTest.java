package org.borderwatch.render.furniture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class NorthArrowTest {

    /** A small viewport centred on (lon, lat) in UTM 34N, whose central meridian is 21°E. */
    private static Viewport utmAround(double lon, double lat) throws Exception {
        ReferencedEnvelope box =
                new ReferencedEnvelope(lon - 0.05, lon + 0.05, lat - 0.05, lat + 0.05, DefaultGeographicCRS.WGS84);
        return Viewport.fit(box.transform(CRS.decode("EPSG:32634"), true), 400, 400, 1.0);
    }

    /** Grid convergence of a transverse Mercator on the sphere approximation: atan(tan(λ−λ0)·sin φ). */
    private static double expectedDegrees(double lon, double lat) {
        return -Math.toDegrees(Math.atan(Math.tan(Math.toRadians(lon - 21)) * Math.sin(Math.toRadians(lat))));
    }

    @Test
    void northArrowTiltsTowardTheCentralMeridianWestOfIt() throws Exception {
        double angle = NorthArrow.trueNorthDegrees(utmAround(18.0, 42.0));
        assertThat(angle).isCloseTo(expectedDegrees(18.0, 42.0), within(0.02)).isGreaterThan(1.9);
    }

    @Test
    void northArrowTiltsTheOtherWayEastOfTheCentralMeridian() throws Exception {
        double angle = NorthArrow.trueNorthDegrees(utmAround(23.5, 44.0));
        assertThat(angle).isCloseTo(expectedDegrees(23.5, 44.0), within(0.02)).isLessThan(-1.6);
    }

    @Test
    void northArrowPointsStraightUpOnTheCentralMeridianAndInLonLat() throws Exception {
        assertThat(NorthArrow.trueNorthDegrees(utmAround(21.0, 43.0))).isCloseTo(0, within(0.001));
        Viewport lonLat = Viewport.fit(new ReferencedEnvelope(18, 24, 41, 45, DefaultGeographicCRS.WGS84), 600, 400, 1);
        assertThat(NorthArrow.trueNorthDegrees(lonLat)).isCloseTo(0, within(1e-9));
    }
}
