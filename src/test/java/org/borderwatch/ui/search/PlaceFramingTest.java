package org.borderwatch.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.map.Viewport;
import org.borderwatch.ui.map.MapCamera;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class PlaceFramingTest {

    private static final CoordinateReferenceSystem UTM = utm();
    private static final double FIFTY_K = 50_000 * Viewport.OGC_PIXEL_METRES;

    private static CoordinateReferenceSystem utm() {
        try {
            return CRS.decode("EPSG:32634");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MathTransform toUtm() throws Exception {
        return CRS.findMathTransform(DefaultGeographicCRS.WGS84, UTM, true);
    }

    private static GazetteerPlace place(GazetteerPlace.Bounds bounds) {
        return new GazetteerPlace(
                "t:1",
                "settlement",
                Map.of("sr-Latn", "Zvečan"),
                List.of(),
                20.84,
                42.91,
                null,
                "XK",
                0,
                null,
                null,
                bounds);
    }

    @Test
    void aPointIsShownAtOneTo50kUnlessTheMapIsAlreadyCloser() throws Exception {
        MapCamera far = PlaceFraming.of(place(null), UTM, toUtm(), null, 1000, 800);
        double[] xy = {20.84, 42.91};
        toUtm().transform(xy, 0, xy, 0, 1);

        assertThat(far.unitsPerPixel()).isCloseTo(FIFTY_K, within(1e-9));
        assertThat(far.centreX()).isCloseTo(xy[0], within(1e-6));
        assertThat(far.centreY()).isCloseTo(xy[1], within(1e-6));
        MapCamera closer = new MapCamera(UTM, 0, 0, FIFTY_K / 4);
        assertThat(PlaceFraming.of(place(null), UTM, toUtm(), closer, 1000, 800).unitsPerPixel())
                .isEqualTo(FIFTY_K / 4);
    }

    @Test
    void anAreaIsShownWholeWithATenthToSpare() throws Exception {
        GazetteerPlace.Bounds box = new GazetteerPlace.Bounds(20.6, 42.8, 21.0, 43.1);
        MapCamera c = PlaceFraming.of(place(box), UTM, toUtm(), null, 1000, 800);

        double[] corners = {20.6, 42.8, 21.0, 42.8, 21.0, 43.1, 20.6, 43.1};
        toUtm().transform(corners, 0, corners, 0, 4);
        for (int i = 0; i < corners.length; i += 2) {
            assertThat(Math.abs(corners[i] - c.centreX())).isLessThanOrEqualTo(500 * c.unitsPerPixel());
            assertThat(Math.abs(corners[i + 1] - c.centreY())).isLessThanOrEqualTo(400 * c.unitsPerPixel());
        }
        assertThat(c.unitsPerPixel()).isGreaterThan(FIFTY_K);
    }
}
