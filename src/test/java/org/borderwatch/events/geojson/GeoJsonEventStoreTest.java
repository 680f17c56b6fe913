package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class GeoJsonEventStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GeoJsonEventStoreTest.class
                .getResource("/org/borderwatch/events/" + name)
                .toURI());
    }

    private Path copy(String resource) throws IOException, URISyntaxException {
        Path file = dir.resolve("events.geojson");
        Files.copy(resource(resource), file);
        return file;
    }

    @Test
    void largeStoreWrittenInChunksOnSeveralThreadsReadsBackInOrderOneFeaturePerLine() throws Exception {
        int count = 3 * GeoJsonEventWriter.CHUNK + 17;
        Path file = dir.resolve("large.geojson");
        GeoJsonEventStore.write(
                file, new SyntheticEvents(count, 5), Map.of("name", "\"chunks\""), Map.of(), List.of("{\"broken\":1}"));
        List<Event> expected = new ArrayList<>();
        new SyntheticEvents(count, 5).forEach(expected::add);
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        assertThat(store.all()).isEqualTo(expected);
        assertThat(store.topMembers()).containsEntry("name", "\"chunks\"");
        assertThat(store.unreadableFeatures()).containsExactly("{\"broken\":1}");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(count + 3);
        assertThat(lines.get(0)).isEqualTo("{\"type\":\"FeatureCollection\",\"name\":\"chunks\",\"features\":[");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("]}");
        assertThat(lines.subList(1, lines.size() - 1))
                .allMatch(l -> l.startsWith("{") && l.endsWith("},") || l.equals("{\"broken\":1}"));
    }

    @Test
    void roundTripKeepsEveryPropertyIncludingUnknownOnes() throws Exception {
        Path file = copy("round-trip.geojson");
        JsonNode before = JSON.readTree(file.toFile());

        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        assertThat(store.loadReport().isClean())
                .as(store.loadReport().toString())
                .isTrue();
        store.save(false);

        assertThat(JSON.readTree(file.toFile())).isEqualTo(before);
    }

    @Test
    void roundTripOfTheShippedDatasetKeepsEveryProperty() throws Exception {
        Path file = dir.resolve("events.geojson");
        Files.copy(Path.of("data/events.geojson"), file);
        JsonNode before = JSON.readTree(file.toFile());

        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        assertThat(store.loadReport().isClean())
                .as(store.loadReport().toString())
                .isTrue();
        assertThat(store.size()).isGreaterThanOrEqualTo(25);
        store.save(false);

        assertThat(JSON.readTree(file.toFile())).isEqualTo(before);
    }

    @Test
    void reloadedEventsEqualTheSavedOnes() throws Exception {
        Path file = copy("round-trip.geojson");
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        store.save(false);

        assertThat(GeoJsonEventStore.open(file).all()).isEqualTo(store.all());
    }

    @Test
    void readsEveryFieldOfTheFormat() throws Exception {
        Event e = GeoJsonEventStore.open(resource("round-trip.geojson"))
                .find("2023-09-24-banjska-ambush")
                .orElseThrow();

        assertThat(e.kind()).isEqualTo(EventKind.INCIDENT);
        assertThat(e.date().day()).isEqualTo(LocalDate.of(2023, 9, 24));
        assertThat(e.date().text()).isEqualTo("2023-09-24T03:00:00+02:00");
        assertThat(e.location()).isEqualTo(new Place("Banjska", "Zvečan", "Kosovo"));
        assertThat(e.precision()).isEqualTo(new Precision(Precision.Level.APPROXIMATE, 2.0));
        assertThat(e.casualties().bySide())
                .containsExactly(
                        new Casualties.SideCount("Kosovo Police", 1, 1, null),
                        new Casualties.SideCount("Serb armed group", 3, null, 3));
        assertThat(e.equipment()).containsExactly(new Equipment("armoured vehicle", "unknown", 2));
        assertThat(e.sources()).hasSize(2);
        assertThat(e.geometry().getCoordinate().x).isEqualTo(20.8656);
        assertThat(e.extra()).containsOnlyKeys("reviewer", "score", "unicode");
        assertThat(e.extra().get("score")).isEqualTo("0.75");
    }

    @Test
    void keepsSkippedFeaturesVerbatimWhenSaving() throws Exception {
        Path file = dir.resolve("events.geojson");
        Files.copy(resource("malformed/impossible-date.geojson"), file);
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        assertThat(store.size()).isEqualTo(1);

        store.save(false);

        JsonNode saved = JSON.readTree(file.toFile());
        assertThat(saved.get("features")).hasSize(2);
        assertThat(saved.get("features").get(1).at("/properties/date").asText()).isEqualTo("2023-13-45");
        assertThat(GeoJsonEventStore.open(file).loadReport().problems()).hasSize(1);
    }

    @Test
    void keepsThePreviousVersionAsBak() throws Exception {
        Path file = copy("round-trip.geojson");
        byte[] before = Files.readAllBytes(file);
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        store.delete("route-1");

        store.save(false);

        assertThat(Files.readAllBytes(dir.resolve("events.geojson.bak"))).isEqualTo(before);
        assertThat(GeoJsonEventStore.open(file).find("route-1")).isEmpty();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("events.geojson", "events.geojson.bak");
        }
    }

    @Test
    void saveKeepsTheFilesPermissions() throws Exception {
        Path file = copy("round-trip.geojson");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        store.delete("route-1");

        store.save(false);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
        assertThat(Files.getOwner(file)).isEqualTo(Files.getOwner(dir));
    }

    @Test
    void openAndSaveRemoveTemporaryFilesOfAKilledSaveAndNothingElse() throws Exception {
        Path file = copy("round-trip.geojson");
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        List<String> ours = List.of(".events.geojson.8123456789012345678.tmp", ".events.geojson.bak.tmp");
        List<String> notOurs = List.of(
                ".events.geojson.tmp",
                ".events.geojson.12a.tmp",
                ".other.geojson.123.tmp",
                "events.geojson.123.tmp",
                ".events.geojson.123.tmp.keep");
        for (String name : ours) Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "x"), hourAgo);
        for (String name : notOurs) Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "x"), hourAgo);
        Path running = Files.writeString(dir.resolve(".events.geojson.555.tmp"), "a save still writing");
        Path link = Files.createSymbolicLink(dir.resolve(".events.geojson.777.tmp"), file);

        GeoJsonEventStore.open(file);

        for (String name : ours) assertThat(dir.resolve(name)).doesNotExist();
        for (String name : notOurs) assertThat(dir.resolve(name)).exists();
        assertThat(running).exists();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(file).exists();
    }

    @Test
    void refusesToOverwriteAFileChangedOnDiskUnlessTold() throws Exception {
        Path file = copy("round-trip.geojson");
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        String outside = Files.readString(file).replace("Good", "Changed outside");
        Files.writeString(file, outside + " ");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(store.changedOutside()).isTrue();
        assertThatThrownBy(() -> store.save(false))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("events.geojson: changed on disk since it was loaded");
        assertThat(Files.readString(file)).isEqualTo(outside + " ");

        store.save(true);
        assertThat(store.changedOutside()).isFalse();
        assertThat(GeoJsonEventStore.open(file).size()).isEqualTo(3);
    }

    @Test
    void refusesToSaveAStoreThatWasNotReadToItsEnd() throws Exception {
        Path file = dir.resolve("events.geojson");
        Files.copy(resource("malformed/truncated.geojson"), file);
        byte[] before = Files.readAllBytes(file);
        GeoJsonEventStore store = GeoJsonEventStore.open(file);

        assertThatThrownBy(() -> store.save(true))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("was not read to its end");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void savesAStoreWithoutItsByteOrderMark() throws Exception {
        Path file = dir.resolve("events.geojson");
        Files.copy(resource("malformed/bom.geojson"), file);
        GeoJsonEventStore.open(file).save(false);

        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) '{');
        assertThat(GeoJsonEventStore.open(file).loadReport().isClean()).isTrue();
    }

    @Test
    void addsReplacesAndDeletesById() throws Exception {
        GeoJsonEventStore store = GeoJsonEventStore.create(dir.resolve("new.geojson"));
        List<Event> three = list(new SyntheticEvents(3, 7));
        three.forEach(store::add);

        assertThatThrownBy(() -> store.add(three.get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(three.get(0).id());
        Event renamed = new Event(
                three.get(1).id(),
                EventKind.DIPLOMATIC,
                "statement",
                "Replaced",
                null,
                EventDate.parse("2023-01-02"),
                null,
                null,
                three.get(1).geometry(),
                new Precision(Precision.Level.REGION, 0),
                null,
                null,
                null,
                List.of(new Source(null, null, "https://example.org/x", null)),
                Confidence.CLAIMED,
                null,
                null,
                Map.of());
        store.replace(renamed);
        assertThat(store.find(renamed.id())).contains(renamed);
        assertThat(store.delete(three.get(0).id())).isTrue();
        assertThat(store.delete(three.get(0).id())).isFalse();
        assertThatThrownBy(() -> store.replace(three.get(0))).isInstanceOf(NoSuchElementException.class);

        store.save(false);
        assertThat(GeoJsonEventStore.open(dir.resolve("new.geojson")).all()).containsExactly(renamed, three.get(2));
    }

    @Test
    void queriesByAreaTimeAndPredicateMatchAPlainScan() throws Exception {
        Path file = dir.resolve("g.geojson");
        GeoJsonEventStore.write(file, new SyntheticEvents(5000, 11));
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        store.add(lineAcross());
        List<Event> all = store.all();
        Envelope area = new Envelope(20.0, 21.0, 42.5, 43.2);
        LocalDate from = LocalDate.of(2023, 3, 1), to = LocalDate.of(2023, 3, 31);

        assertThat(store.query(area, null, null, null))
                .isEqualTo(all.stream()
                        .filter(e -> e.geometry().getEnvelopeInternal().intersects(area))
                        .toList())
                .isNotEmpty();
        assertThat(store.query(null, from, to, null))
                .isEqualTo(all.stream().filter(e -> e.overlaps(from, to)).toList())
                .isNotEmpty();
        assertThat(store.query(area, from, to, e -> e.kind() == EventKind.DEPLOYMENT))
                .isEqualTo(all.stream()
                        .filter(e -> e.geometry().getEnvelopeInternal().intersects(area)
                                && e.overlaps(from, to)
                                && e.kind() == EventKind.DEPLOYMENT)
                        .toList())
                .isNotEmpty();
        assertThat(store.query(null, null, LocalDate.of(2021, 12, 31), null)).isEmpty();
        assertThat(store.query(new Envelope(20.9, 20.95, 42.0, 42.05), null, null, null))
                .extracting(Event::id)
                .contains("line-1");
    }

    @Test
    void aDeploymentIsFoundByAnyDayOfItsSpan() throws Exception {
        GeoJsonEventStore store = GeoJsonEventStore.create(dir.resolve("s.geojson"));
        store.add(lineAcross());

        assertThat(store.query(null, LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 10), null))
                .hasSize(1);
        assertThat(store.query(null, LocalDate.of(2023, 6, 2), null, null)).isEmpty();
        assertThat(store.query(null, null, LocalDate.of(2023, 4, 30), null)).isEmpty();
    }

    @Test
    void reportsAMissingFileAsAnException() {
        assertThatThrownBy(() -> GeoJsonEventStore.open(dir.resolve("none.geojson")))
                .isInstanceOf(EventStoreException.class)
                .hasMessage("none.geojson: file not found");
    }

    @Test
    void writesOneFeaturePerLine() throws Exception {
        Path file = dir.resolve("lines.geojson");
        GeoJsonEventStore.write(file, new SyntheticEvents(3, 1));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("{\"type\":\"Feature\"").endsWith("},");
    }

    @Test
    void addAbsentAddsNewIdsInBatchOrderAndReturnsTheEventsAlreadyHeld() throws Exception {
        List<Event> first = new ArrayList<>();
        new SyntheticEvents(5, 1).forEach(first::add);
        GeoJsonEventStore store = GeoJsonEventStore.create(dir.resolve("s.geojson"));
        assertThat(store.addAbsent(first.subList(0, 3))).isEmpty();

        List<Event> held = store.addAbsent(
                List.of(first.get(4), first.get(1).withId(first.get(1).id()), first.get(3)));

        assertThat(held).containsExactly(first.get(1));
        assertThat(store.all())
                .extracting(Event::id)
                .containsExactly(
                        first.get(0).id(),
                        first.get(1).id(),
                        first.get(2).id(),
                        first.get(4).id(),
                        first.get(3).id());
        assertThat(store.query(null, null, null, null)).hasSize(5);
    }

    private static Event lineAcross() {
        var factory = new org.locationtech.jts.geom.GeometryFactory();
        var line = factory.createLineString(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(20.5, 41.9), new org.locationtech.jts.geom.Coordinate(21.5, 42.1)
        });
        return new Event(
                "line-1",
                EventKind.DEPLOYMENT,
                "armour",
                "Column",
                null,
                EventDate.parse("2023-05-01"),
                EventDate.parse("2023-06-01"),
                null,
                line,
                new Precision(Precision.Level.REGION, 0),
                null,
                null,
                null,
                List.of(new Source("X", null, "https://example.org/l", null)),
                Confidence.REPORTED,
                null,
                null,
                null);
    }

    private static List<Event> list(Iterable<Event> events) {
        List<Event> out = new java.util.ArrayList<>();
        events.forEach(out::add);
        return out;
    }
}
