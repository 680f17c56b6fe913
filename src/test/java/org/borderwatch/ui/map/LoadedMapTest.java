package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Point2D;
import org.borderwatch.map.MapModel;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class LoadedMapTest {

    @Test
    void regionIsTheExtentOfTheLayersInTheDisplayCrs() throws Exception {
        LoadedMap map = TestMaps.region();

        ReferencedEnvelope expected = new ReferencedEnvelope(TestMaps.LAND_LONLAT, DefaultGeographicCRS.WGS84)
                .transform(map.model().displayCrs(), true);
        assertThat(map.region().getMinX()).isCloseTo(expected.getMinX(), within(1.0));
        assertThat(map.region().getMaxY()).isCloseTo(expected.getMaxY(), within(1.0));
        assertThat(map.region().getCoordinateReferenceSystem())
                .isSameAs(map.model().displayCrs());
    }

    @Test
    void regionStopsAtTheAreaOfInterestWhenLayersReachFurther() throws Exception {
        LoadedMap wide = TestMaps.region(new org.locationtech.jts.geom.Envelope(13.5, 29.7, 39.6, 48.6));

        ReferencedEnvelope interest =
                LoadedMap.AREA_OF_INTEREST.transform(wide.model().displayCrs(), true);
        assertThat(wide.region().getMinX()).isCloseTo(interest.getMinX(), within(1.0));
        assertThat(wide.region().getMaxX()).isCloseTo(interest.getMaxX(), within(1.0));
        assertThat(wide.region().getMaxY()).isCloseTo(interest.getMaxY(), within(1.0));
    }

    @Test
    void lonLatOfADisplayPointInvertsTheProjection() throws Exception {
        LoadedMap map = TestMaps.region();
        double[] pristina = {21.1655, 42.6629};
        map.toLonLat().inverse().transform(pristina, 0, pristina, 0, 1);

        Point2D lonLat = map.lonLat(new Point2D(pristina[0], pristina[1]));

        assertThat(lonLat.getX()).isCloseTo(21.1655, within(1e-7));
        assertThat(lonLat.getY()).isCloseTo(42.6629, within(1e-7));
    }

    @Test
    void aMapWithoutFeaturesIsRefusedWithAMessage() throws Exception {
        MapModel empty = new MapModel(List.of(), CRS.decode("EPSG:32634"), "");

        assertThatThrownBy(() -> LoadedMap.prepare(empty)).hasMessageContaining("the map has no features to show");
    }
}
