package org.borderwatch.crossings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLinksTest {

    private static final Path EVENTS = Path.of("data", "events.geojson");
    private static EventLinks links;
    private static List<Event> shipped;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadShippedData() throws Exception {
        links = new EventLinks(
                new CrossingsReader().read(Path.of("data", "crossings.geojson")).crossings());
        shipped = GeoJsonEventStore.open(EVENTS).all();
    }

    @Test
    void shippedEventsAgreeWithTheCrossingsHistories() {
        assertThat(links.check(EVENTS, shipped)).isEmpty();
    }

    @Test
    void eventsLinkByTheirCrossingPropertyOrByNamingTheCrossing() {
        Event closure = byId(shipped, "2022-12-10-jarinje-crossing-closed");
        assertThat(links.crossingsOf(closure)).extracting(Crossing::id).containsExactly("jarinje");
        Event ban = byId(shipped, "2023-06-14-kosovo-bars-serbian-vehicles-and-goods");
        assertThat(links.crossingsOf(ban)).hasSize(6);
        Event elsewhere = byId(shipped, "2022-12-06-election-commission-offices-attacked");
        assertThat(links.crossingsOf(elsewhere)).isEmpty();
    }

    @Test
    void aClosureOnADayTheCrossingWasOpenIsReportedNamingTheEventAndField() throws Exception {
        List<Event> moved = load(Files.readString(EVENTS, StandardCharsets.UTF_8)
                .replace(
                        "\"date\": \"2022-12-10\",\n        \"end\": \"2022-12-30\"",
                        "\"date\": \"2022-12-05\",\n        \"end\": \"2022-12-30\""));
        List<RecordProblem> problems = links.check(dir.resolve("events.geojson"), moved);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).toString())
                .contains("events.geojson")
                .contains("/properties/date")
                .contains("reports a closure of")
                .contains("open that day");
    }

    @Test
    void aClosureEndingOnAnotherDayThanTheReopeningIsReported() throws Exception {
        List<Event> changed = load(Files.readString(EVENTS, StandardCharsets.UTF_8)
                .replace("\"end\": \"2023-10-18\"", "\"end\": \"2023-10-25\""));
        List<RecordProblem> problems = links.check(dir.resolve("events.geojson"), changed);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("2023-09-24-jarinje-closed-after-banjska");
            assertThat(p.pointer()).isEqualTo("/properties/end");
            assertThat(p.message()).contains("until 2023-10-18");
        });
    }

    @Test
    void aCrossingPropertyNamingNoCrossingIsReported() throws Exception {
        List<Event> changed = load(Files.readString(EVENTS, StandardCharsets.UTF_8)
                .replaceFirst("\"crossing\": \"merdare\"", "\"crossing\": \"izvor\""));
        assertThat(links.check(dir.resolve("events.geojson"), changed))
                .anySatisfy(p -> assertThat(p.message())
                        .isEqualTo("names crossing \"izvor\", which the crossings data does not have"));
    }

    private List<Event> load(String text) throws Exception {
        Path file = dir.resolve("events.geojson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return GeoJsonEventStore.open(file).all();
    }

    private static Event byId(List<Event> events, String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
