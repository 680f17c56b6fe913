package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultEngineeringCRS;
import org.junit.jupiter.api.Test;

class MapCameraTest {
    private static final ReferencedEnvelope AREA =
            new ReferencedEnvelope(1000, 3000, 500, 1500, DefaultEngineeringCRS.CARTESIAN_2D);

    @Test
    void fitShowsTheWholeAreaCentredAlongItsTighterAxis() {
        MapCamera c = MapCamera.fit(AREA, 400, 400);

        assertThat(c.unitsPerPixel()).isEqualTo(5.0);
        assertThat(c.centreX()).isEqualTo(2000.0);
        assertThat(c.centreY()).isEqualTo(1000.0);
        Viewport v = c.viewport(400, 400, 1);
        assertThat(v.area().getWidth()).isEqualTo(2000.0);
        assertThat(v.area().getHeight()).isEqualTo(2000.0);
    }

    @Test
    void viewportHasDevicePixelsAndTheSameAreaOnAHiDpiScreen() {
        MapCamera c = MapCamera.fit(AREA, 400, 200);
        Viewport normal = c.viewport(400, 200, 1);
        Viewport retina = c.viewport(400, 200, 2);

        assertThat(retina.widthPx()).isEqualTo(800);
        assertThat(retina.heightPx()).isEqualTo(400);
        assertThat(retina.pixelScale()).isEqualTo(2.0);
        assertThat((Object) retina.area()).isEqualTo(normal.area());
    }

    @Test
    void zoomAboutKeepsThePointUnderThePixelFixed() {
        MapCamera c = MapCamera.fit(AREA, 400, 200);
        double x = 37;
        double y = 151;
        double wx = c.worldX(x, 400);
        double wy = c.worldY(y, 200);

        MapCamera zoomed = c.zoomAbout(3, x, y, 400, 200);

        assertThat(zoomed.unitsPerPixel()).isCloseTo(c.unitsPerPixel() / 3, within(1e-12));
        assertThat(zoomed.worldX(x, 400)).isCloseTo(wx, within(1e-9));
        assertThat(zoomed.worldY(y, 200)).isCloseTo(wy, within(1e-9));
    }

    @Test
    void panByMovesTheMapWithTheMouseYDown() {
        MapCamera c = MapCamera.fit(AREA, 400, 200);
        double wx = c.worldX(100, 400);
        double wy = c.worldY(50, 200);

        MapCamera moved = c.panBy(30, -20);

        // the point that was at (100, 50) is now at (130, 30)
        assertThat(moved.worldX(130, 400)).isCloseTo(wx, within(1e-9));
        assertThat(moved.worldY(30, 200)).isCloseTo(wy, within(1e-9));
    }

    @Test
    void pixelAndWorldConversionsAreInverse() {
        MapCamera c = MapCamera.fit(AREA, 640, 480).panBy(13, 7).zoomAbout(1.7, 200, 100, 640, 480);

        assertThat(c.pixelX(c.worldX(123.5, 640), 640)).isCloseTo(123.5, within(1e-9));
        assertThat(c.pixelY(c.worldY(321.25, 480), 480)).isCloseTo(321.25, within(1e-9));
    }

    @Test
    void rejectsANonPositiveScaleOrZoomFactor() {
        assertThatThrownBy(() -> new MapCamera(DefaultEngineeringCRS.CARTESIAN_2D, 0, 0, 0))
                .hasMessageContaining("units per pixel must be a positive number, got 0.0");
        MapCamera c = MapCamera.fit(AREA, 400, 200);
        assertThatThrownBy(() -> c.zoomAbout(-1, 0, 0, 400, 200)).hasMessageContaining("zoom factor");
    }
}
