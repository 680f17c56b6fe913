package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.junit.jupiter.api.Test;

class AnnotationPainterTest {

    @Test
    void distanceLineShowsTheGeodesicLengthInKm() {
        // PROJ: echo "42.6629 21.1655 42.8914 20.8656" | geod +ellps=WGS84 -I +units=km -> 35.308
        LonLat pristina = new LonLat(21.1655, 42.6629);
        LonLat mitrovica = new LonLat(20.8656, 42.8914);
        assertThat(AnnotationPainter.distanceKm(pristina, mitrovica)).isCloseTo(35.308, within(0.001));
        assertThat(AnnotationPainter.distanceLabel(new Annotation.Distance("d", pristina, mitrovica, "")))
                .isEqualTo("35.3 km");
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertThat(AnnotationPainter.distanceKm(new LonLat(20, 42), new LonLat(20, 43)))
                .isCloseTo(111.083, within(0.001));
    }

    @Test
    void distanceLabelPutsTheTextBeforeTheLength() {
        var d = new Annotation.Distance("d", new LonLat(20, 42), new LonLat(20, 43), "Jarinje to Merdare");
        assertThat(AnnotationPainter.distanceLabel(d)).isEqualTo("Jarinje to Merdare 111 km");
    }
}
