package org.borderwatch.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LocationRulesTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(new GazetteerPlace(
            "bw:jarinje-crossing",
            "crossing",
            Map.of("en", "Jarinje crossing"),
            List.of(),
            20.69167,
            43.21861,
            "Leposavić",
            "XK",
            0,
            "test",
            "test")));

    private static Event event(String id, double lon, double lat, Precision precision, Place place) {
        return new Event(
                id,
                EventKind.INCIDENT,
                "attack",
                "t",
                "",
                EventDate.parse("2023-09-24"),
                null,
                place,
                GF.createPoint(new Coordinate(lon, lat)),
                precision,
                List.of(),
                null,
                List.of(),
                List.of(new Source(null, null, "https://example.org", null)),
                Confidence.REPORTED,
                List.of(),
                null,
                Map.of());
    }

    private static Place at(String gazetteerId) {
        return new Place("x", null, null, gazetteerId, "test source", List.of());
    }

    @Test
    void acceptsAnExactPointWithinAKilometreOfItsPlace() {
        Event e = event("near", 20.6930, 43.2190, new Precision(Precision.Level.EXACT, 0), at("bw:jarinje-crossing"));

        assertThat(new LocationRules(GAZETTEER).check(Path.of("s.geojson"), List.of(e), new int[] {0}))
                .isEmpty();
    }

    @Test
    void flagsAPlaceIdTheGazetteerLacksAndAPointWithoutSource() {
        Event unknown = event("unknown", 20.69, 43.21, new Precision(Precision.Level.SETTLEMENT, 0), at("bw:atlantis"));
        Event unsourced = event(
                "unsourced", 20.69, 43.21, new Precision(Precision.Level.SETTLEMENT, 0), new Place("x", null, null));

        assertThat(new LocationRules(GAZETTEER)
                        .check(Path.of("s.geojson"), List.of(unknown, unsourced), new int[] {3, 7}))
                .extracting(Object::toString)
                .containsExactly(
                        "s.geojson, record 3 (id unknown), /features/3/properties/location/gazetteer: \"bw:atlantis\" is not a place of the gazetteer",
                        "s.geojson, record 7 (id unsourced), /features/7/properties/location/coordinate_source: the coordinate has no source; give the URL or gazetteer id (\"GeoNames 783770\") it comes from");
    }

    @Test
    void leavesAnApproximatePointFarFromItsPlaceAlone() {
        Event e =
                event("road", 20.80, 43.10, new Precision(Precision.Level.APPROXIMATE, 20), at("bw:jarinje-crossing"));

        assertThat(new LocationRules(GAZETTEER).check(Path.of("s.geojson"), List.of(e), new int[] {0}))
                .isEmpty();
    }
}
