package org.borderwatch.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.borderwatch.ui.edit.EventDraft.Field;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class EventDraftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final GeometryFactory GF = new GeometryFactory();

    private static Event banjska() {
        return new Event(
                "2023-09-24-banjska-ambush",
                EventKind.INCIDENT,
                "attack",
                "Patrol ambushed near Banjska",
                "Summary.",
                EventDate.parse("2023-09-24"),
                EventDate.parse("2023-09-25"),
                new Place("Banjska", "Zvečan", "Kosovo"),
                GF.createPoint(new Coordinate(20.8656, 42.9075)),
                new Precision(Precision.Level.APPROXIMATE, 2.0),
                List.of("Kosovo Police", "Serb armed group"),
                new Casualties(4, 1, 3, List.of(new Casualties.SideCount("Kosovo Police", 1, 1, null))),
                List.of(new Equipment("armoured vehicle", null, 2)),
                List.of(new Source("Reuters", "Headline", "https://example.org/a", "2023-09-24")),
                Confidence.CONFIRMED,
                List.of("banjska", "september-2023"),
                "2024-01-01",
                Map.of("x_note", "\"kept\""));
    }

    @Test
    void draftOfAnEventBuildsTheSameEventWithTodayAsUpdated() {
        Event e = banjska();
        EventDraft.Outcome out = EventDraft.of(e).build(e, id -> true, TODAY);
        assertThat(out.errors()).isEmpty();
        assertThat(out.event().title()).isEqualTo(e.title());
        assertThat(out.event().casualties()).isEqualTo(e.casualties());
        assertThat(out.event().equipment()).isEqualTo(e.equipment());
        assertThat(out.event().sources()).isEqualTo(e.sources());
        assertThat(out.event().extra()).isEqualTo(e.extra());
        assertThat(out.event().updated()).isEqualTo("2026-11-25");
        assertThat(out.event().lon()).isEqualTo(20.8656);
        assertThat(out.event().precision()).isEqualTo(e.precision());
    }

    @Test
    void newEventGetsAnIdMadeFromDateAndTitleThatNoOtherEventHas() {
        EventDraft d = withSource(EventDraft.newAt(20.5, 42.8, TODAY), "Reuters | T | https://example.org/x");
        d = new EventDraft(
                "",
                d.kind(),
                d.category(),
                "Jarinje crossing: blocked by trucks",
                "",
                "2023-05-29",
                "",
                "",
                "",
                "",
                d.lon(),
                d.lat(),
                d.level(),
                d.radiusKm(),
                "",
                "",
                "",
                "",
                "",
                "",
                d.sources(),
                d.confidence(),
                "");
        Set<String> taken = Set.of("2023-05-29-jarinje-crossing-blocked-by-trucks");
        EventDraft.Outcome out = d.build(null, taken::contains, TODAY);
        assertThat(out.errors()).isEmpty();
        assertThat(out.event().id()).isEqualTo("2023-05-29-jarinje-crossing-blocked-by-trucks-2");
    }

    @Test
    void eachWrongFieldGetsItsOwnMessage() {
        EventDraft d = new EventDraft(
                "bad id!",
                EventKind.DEPLOYMENT,
                "attack",
                " ",
                "",
                "24.9.2023",
                "",
                "",
                "",
                "",
                "200",
                "x",
                Precision.Level.APPROXIMATE,
                "0",
                "",
                "-1",
                "two",
                "",
                "Police | a",
                "| T-72 | 3",
                "Reuters | title | ftp://example.org",
                Confidence.REPORTED,
                "");
        Map<Field, String> errors = d.build(null, id -> false, TODAY).errors();
        assertThat(errors)
                .containsOnlyKeys(
                        Field.ID,
                        Field.CATEGORY,
                        Field.TITLE,
                        Field.DATE,
                        Field.LON,
                        Field.LAT,
                        Field.RADIUS,
                        Field.KILLED,
                        Field.INJURED,
                        Field.BY_SIDE,
                        Field.EQUIPMENT,
                        Field.SOURCES);
        assertThat(errors.get(Field.CATEGORY)).contains("armour");
        assertThat(errors.get(Field.LON)).contains("between -180 and 180");
        assertThat(errors.get(Field.SOURCES)).startsWith("line 1:").contains("no http");
        assertThat(errors.get(Field.EQUIPMENT)).startsWith("line 1:").contains("type is required");
        assertThat(errors.get(Field.BY_SIDE)).startsWith("line 1:").contains("killed");
    }

    @Test
    void endBeforeDateAndMissingSourcesAreRefused() {
        EventDraft d = EventDraft.newAt(20.5, 42.8, TODAY);
        d = new EventDraft(
                "x",
                d.kind(),
                d.category(),
                "T",
                "",
                "2023-09-24",
                "2023-09-20",
                "",
                "",
                "",
                d.lon(),
                d.lat(),
                d.level(),
                d.radiusKm(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                d.confidence(),
                "");
        Map<Field, String> errors = d.build(null, id -> false, TODAY).errors();
        assertThat(errors).containsOnlyKeys(Field.END, Field.SOURCES);
        assertThat(errors.get(Field.END)).contains("before the start");
    }

    @Test
    void idTakenByAnotherEventIsRefused() {
        EventDraft d = withSource(EventDraft.newAt(20.5, 42.8, TODAY), "https://example.org/a");
        d = new EventDraft(
                "dup",
                d.kind(),
                d.category(),
                "T",
                "",
                d.date(),
                "",
                "",
                "",
                "",
                d.lon(),
                d.lat(),
                d.level(),
                d.radiusKm(),
                "",
                "",
                "",
                "",
                "",
                "",
                d.sources(),
                d.confidence(),
                "");
        assertThat(d.build(null, "dup"::equals, TODAY).errors()).containsOnlyKeys(Field.ID);
    }

    @Test
    void slugDropsAccentsAndPunctuation() {
        assertThat(EventDraft.slug("2023-09-24 Zvečan: Đurakovac clash!"))
                .isEqualTo("2023-09-24-zvecan-durakovac-clash");
    }

    private static EventDraft withSource(EventDraft d, String sources) {
        return new EventDraft(
                d.id(),
                d.kind(),
                d.category(),
                "Title",
                d.summary(),
                d.date(),
                d.end(),
                d.place(),
                d.municipality(),
                d.country(),
                d.lon(),
                d.lat(),
                d.level(),
                d.radiusKm(),
                d.actors(),
                d.killed(),
                d.injured(),
                d.arrested(),
                d.bySide(),
                d.equipment(),
                sources,
                d.confidence(),
                d.tags());
    }
}
