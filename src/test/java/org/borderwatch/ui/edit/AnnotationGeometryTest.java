package org.borderwatch.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Point2D;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.TestMaps;
import org.junit.jupiter.api.Test;

class AnnotationGeometryTest {
    private static final LoadedMap MAP = TestMaps.region();
    private static final double W = 800;
    private static final double H = 600;
    private final AnnotationGeometry g = new AnnotationGeometry(MAP, MapCamera.fit(MAP.region(), W, H), W, H);

    @Test
    void lonLatAndViewPixelsRoundTrip() {
        LonLat banjska = new LonLat(20.8656, 42.9075);
        Point2D px = g.pixelOf(banjska);
        LonLat back = g.lonLatAt(px.getX(), px.getY());
        assertThat(back.lon()).isCloseTo(banjska.lon(), within(1e-9));
        assertThat(back.lat()).isCloseTo(banjska.lat(), within(1e-9));
    }

    @Test
    void aClickInsideACircleHitsItAndOneWellOutsideDoesNot() {
        Annotation.Circle c = new Annotation.Circle("c", new LonLat(21.0, 42.8), 20, "");
        Point2D centre = g.pixelOf(c.center());
        double radiusPx = g.handles(c).get(1).distance(centre);

        assertThat(g.hit(List.of(c), centre.getX() + radiusPx * 0.7, centre.getY()))
                .isEqualTo(c);
        assertThat(g.hit(List.of(c), centre.getX() + radiusPx * 1.5, centre.getY()))
                .isNull();
    }

    @Test
    void theTopmostOfOverlappingAnnotationsIsHit() {
        Annotation.Area area = new Annotation.Area(
                "a", List.of(new LonLat(20.5, 42.5), new LonLat(21.5, 42.5), new LonLat(21.0, 43.2)), "");
        Annotation.Label label = new Annotation.Label("l", new LonLat(21.0, 42.7), "Camp");
        Point2D at = g.pixelOf(label.at());

        assertThat(g.hit(List.of(area, label), at.getX(), at.getY())).isEqualTo(label);
        assertThat(g.hit(List.of(label, area), at.getX(), at.getY())).isEqualTo(area);
    }

    @Test
    void aMovedDistanceLineKeepsItsEndsApartByTheSameDegrees() {
        Annotation.Distance d = new Annotation.Distance("d", new LonLat(20.76, 43.15), new LonLat(20.87, 42.91), "");
        Point2D from = g.pixelOf(d.from());

        Annotation.Distance moved = (Annotation.Distance) g.moved(d, from, from.add(40, 25));

        assertThat(moved.to().lon() - moved.from().lon())
                .isCloseTo(d.to().lon() - d.from().lon(), within(1e-9));
        assertThat(moved.to().lat() - moved.from().lat())
                .isCloseTo(d.to().lat() - d.from().lat(), within(1e-9));
        Point2D landed = g.pixelOf(moved.from());
        assertThat(landed.distance(from.add(40, 25))).isLessThan(0.5);
    }
}
