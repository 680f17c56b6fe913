package org.borderwatch.ui.crossings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Regime;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class CrossingPickerTest {

    @Test
    void aClickWithinTenLogicalPixelsOfJarinjesSymbolPicksItAndOneFartherPicksNothing() throws Exception {
        var crossings =
                new CrossingsReader().read(Path.of("data", "crossings.geojson")).crossings();
        Crossing jarinje = crossings.stream()
                .filter(c -> c.id().equals("jarinje"))
                .findFirst()
                .orElseThrow();
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32634");
        double[] xy = {jarinje.lon(), jarinje.lat()};
        CRS.findMathTransform(DefaultGeographicCRS.WGS84, utm, true).transform(xy, 0, xy, 0, 1);
        // 20 m a device pixel at twice the logical pixels, Jarinje in the middle
        Viewport v = new Viewport(
                new ReferencedEnvelope(xy[0] - 4000, xy[0] + 4000, xy[1] - 4000, xy[1] + 4000, utm), 400, 400, 2);
        Point2D centre = v.toScreen(xy[0], xy[1]);
        double x = centre.getX() / 2, y = centre.getY() / 2;
        Regime shown = new Regime(crossings, true, null, false);

        assertThat(CrossingPicker.at(shown, v, x + 6, y + 6)).contains(jarinje);
        assertThat(CrossingPicker.at(shown, v, x + 12, y)).isEmpty();
        assertThat(CrossingPicker.at(shown.withShown(false, false), v, x, y))
                .as("crossings hidden")
                .isEmpty();
    }
}
