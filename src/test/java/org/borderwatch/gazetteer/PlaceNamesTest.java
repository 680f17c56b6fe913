package org.borderwatch.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.PlaceAlternative;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class PlaceNamesTest {

    private static final GazetteerPlace BANJSKA = new GazetteerPlace(
            "bw:banjska",
            "settlement",
            Map.of("sr-Latn", "Banjska", "sr-Cyrl", "Бањска", "sq", "Banjskë", "en", "Banjska"),
            List.of(),
            20.78083,
            42.97333,
            "Zvečan",
            "XK",
            350,
            "test",
            "test");
    private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(BANJSKA));

    private static Event at(Place place) {
        return new Event(
                "e",
                EventKind.INCIDENT,
                "attack",
                "t",
                "",
                EventDate.parse("2023-09-24"),
                null,
                place,
                new GeometryFactory().createPoint(new Coordinate(20.78, 42.97)),
                new Precision(Precision.Level.EXACT, 0),
                List.of(),
                null,
                List.of(),
                List.of(new Source(null, null, "https://example.org", null)),
                Confidence.REPORTED,
                List.of(),
                null,
                Map.of());
    }

    @Test
    void namesAnEventsGazetteerPlaceInTheChosenStyle() {
        Event e = at(new Place("Banjska", "Zvečan", "Kosovo", "bw:banjska", "test", List.of()));

        assertThat(new PlaceNames(NameStyle.SR_CYRL, GAZETTEER).of(e)).isEqualTo("Бањска");
        assertThat(new PlaceNames(NameStyle.SQ, GAZETTEER).of(e)).isEqualTo("Banjskë");
        assertThat(new PlaceNames(NameStyle.DUAL, GAZETTEER).of(e)).isEqualTo("Banjskë / Banjska");
    }

    @Test
    void keepsTheRecordsWordsForAPlaceTheGazetteerDoesNotKnow() {
        Event e = at(new Place("a road near Rudnica", "Raška", "Serbia", "bw:unknown", "test", List.of()));

        assertThat(new PlaceNames(NameStyle.SR_CYRL, GAZETTEER).of(e)).isEqualTo("a road near Rudnica");
    }

    @Test
    void describeAddsTheReportedWordsOnlyWhenTheySayMore() {
        Event same = at(new Place("Banjska", null, null, "bw:banjska", "test", List.of()));
        Event more = at(new Place("the road at Banjska", null, null, "bw:banjska", "test", List.of()));
        PlaceNames cyrillic = new PlaceNames(NameStyle.SR_CYRL, GAZETTEER);

        assertThat(cyrillic.describe(same)).isEqualTo("Бањска");
        assertThat(cyrillic.describe(more)).isEqualTo("Бањска — the road at Banjska");
    }

    @Test
    void namesAnAlternativeByItsGazetteerPlace() {
        PlaceAlternative alt = new PlaceAlternative(
                "Banjska, by one report",
                "bw:banjska",
                20.78,
                42.97,
                new Precision(Precision.Level.SETTLEMENT, 0),
                "t",
                null);

        assertThat(new PlaceNames(NameStyle.SR_CYRL, GAZETTEER).of(alt)).isEqualTo("Бањска");
        assertThat(PlaceNames.of(NameStyle.SR_CYRL).of(alt)).isEqualTo("Banjska, by one report");
    }
}
