package org.borderwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.util.List;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class EventIndexTest {

    private static final CoordinateReferenceSystem WGS84 = DefaultGeographicCRS.WGS84;

    /** 1000 x 600 px over 20..21 E, 42.5..43.1 N: 0.001 degree per pixel. */
    private static Viewport viewport() {
        return new Viewport(new ReferencedEnvelope(20, 21, 42.5, 43.1, WGS84), 1000, 600, 1);
    }

    private static Point2D pixelOf(Viewport vp, double lon, double lat) {
        return vp.worldToScreen().transform(new Point2D.Double(lon, lat), null);
    }

    @Test
    void pickReturnsTheEventAtItsPixel() throws Exception {
        EventIndex index = EventIndex.build(EventFixtures.uniform(5000, 1, 20, 42.5, 21, 43.1), WGS84);
        Event target = index.event(1234);
        Viewport vp = viewport();
        Point2D px = pixelOf(vp, index.x(1234), index.y(1234));

        List<EventIndex.Hit> hits = index.pick(vp, px.getX(), px.getY(), 0.5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).event()).isSameAs(target);
        assertThat(hits.get(0).distancePx()).isLessThan(1e-6);
    }

    @Test
    void pickFindsNothingJustOutsideTheTolerance() throws Exception {
        EventIndex index = EventIndex.build(List.of(EventFixtures.point("only", 20.5, 42.8)), WGS84);
        Viewport vp = viewport();
        Point2D px = pixelOf(vp, 20.5, 42.8);

        assertThat(index.pick(vp, px.getX() + 6.01, px.getY(), 6)).isEmpty();
        assertThat(index.pick(vp, px.getX(), px.getY() - 6.01, 6)).isEmpty();
        assertThat(index.pick(vp, px.getX() + 5.99, px.getY(), 6)).hasSize(1);
    }

    @Test
    void pickListsHitsNearestFirst() throws Exception {
        EventIndex index = EventIndex.build(
                List.of(
                        EventFixtures.point("far", 20.504, 42.8),
                        EventFixtures.point("near", 20.501, 42.8),
                        EventFixtures.point("mid", 20.5, 42.8025)),
                WGS84);

        List<EventIndex.Hit> hits = index.pick(viewport(), 500, 300, 10);

        assertThat(hits).extracting(h -> h.event().id()).containsExactly("near", "mid", "far");
    }

    @Test
    void pickHitsARouteAlongItsLineNotOnlyAtItsMarker() throws Exception {
        Event route = EventFixtures.event(
                "route",
                EventKind.DEPLOYMENT,
                "armour",
                EventFixtures.GEOMETRIES.createLineString(
                        new Coordinate[] {new Coordinate(20.1, 42.6), new Coordinate(20.9, 42.6)}),
                new Precision(Precision.Level.EXACT, 0),
                Casualties.NONE_REPORTED,
                List.of(),
                Confidence.REPORTED);
        EventIndex index = EventIndex.build(List.of(route), WGS84);
        Viewport vp = viewport();
        Point2D onLine = pixelOf(vp, 20.2, 42.6);

        assertThat(index.pick(vp, onLine.getX(), onLine.getY() + 3, 4))
                .extracting(h -> h.event().id())
                .containsExactly("route");
        assertThat(index.pick(vp, onLine.getX(), onLine.getY() + 5, 4)).isEmpty();
    }

    @Test
    void projectsEventsAsGeoToolsDoesIntoUtm() throws Exception {
        CoordinateReferenceSystem utm34 = CRS.decode("EPSG:32634");
        EventIndex index = EventIndex.build(List.of(EventFixtures.point("banjska", 20.8656, 42.9075)), utm34);
        MathTransform t = CRS.findMathTransform(CRS.decode("EPSG:4326", true), utm34);
        double[] expected = new double[2];
        t.transform(new double[] {20.8656, 42.9075}, 0, expected, 0, 1);

        assertThat(index.x(0)).isCloseTo(expected[0], within(1e-6));
        assertThat(index.y(0)).isCloseTo(expected[1], within(1e-6));
    }

    @Test
    void uncertaintyRadiusIsTheRadiusInKmInDisplayUnits() throws Exception {
        Event approx = EventFixtures.event(
                "approx",
                EventKind.INCIDENT,
                "shooting",
                EventFixtures.GEOMETRIES.createPoint(new Coordinate(20.8656, 42.9075)),
                new Precision(Precision.Level.APPROXIMATE, 2.0),
                Casualties.NONE_REPORTED,
                List.of(),
                Confidence.REPORTED);
        EventIndex index = EventIndex.build(List.of(approx), CRS.decode("EPSG:32634"));

        // UTM units are metres; the scale factor near 21 E is within 0.1 % of 1
        assertThat(index.radius(0)).isCloseTo(2000, within(5.0));
    }
}
