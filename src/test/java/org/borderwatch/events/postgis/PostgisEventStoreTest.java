package org.borderwatch.events.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The PostGIS store against a real server started by scripts/postgis-local. */
class PostgisEventStoreTest {

    @RegisterExtension
    static final PostgisServer server = new PostgisServer();

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @BeforeEach
    void emptyStore() throws Exception {
        server.reset();
    }

    static Event event(String id, String title, double lon, double lat, String date, Map<String, String> extra) {
        return new Event(
                id,
                EventKind.INCIDENT,
                "armed_clash",
                title,
                "",
                EventDate.parse(date),
                null,
                null,
                GEOMETRY.createPoint(new Coordinate(lon, lat)),
                new Precision(Precision.Level.APPROXIMATE, 2.5),
                List.of("KFOR"),
                null,
                null,
                List.of(new Source("Reuters", "Clashes in the north", "https://example.org/report", "2023-05-30")),
                Confidence.CONFIRMED,
                List.of(),
                null,
                extra);
    }

    @Test
    void keepsEveryEventWithItsUnknownPropertiesVerbatimAcrossAReopen() throws Exception {
        Event a = event(
                "a", "Zvečan clash", 20.83, 42.91, "2023-05-29", Map.of("x_note", "{\"b\":[1,2.5,\"ž\"],\"c\":null}"));
        Event b = event("b", "Banjska", 20.80, 43.03, "2023-09-24T03:00:00+02:00", Map.of());
        try (PostgisEventStore store = server.open("editor")) {
            store.add(a);
            store.add(b);
        }
        try (PostgisEventStore again = server.open("viewer")) {
            assertThat(again.loadReport().problems()).isEmpty();
            assertThat(again.all()).containsExactly(a, b);
            assertThat(again.find("a").orElseThrow().extra())
                    .containsEntry("x_note", "{\"b\":[1,2.5,\"ž\"],\"c\":null}");
            assertThat(again.loadReport().isClean()).isTrue();
        }
    }

    @Test
    void reportsARowThatIsNoEventAndLoadsTheRest() throws Exception {
        try (PostgisEventStore store = server.open("editor")) {
            store.add(event("good", "Good", 20.8, 42.9, "2023-05-29", Map.of()));
        }
        server.sql("INSERT INTO borderwatch.events (id, feature) VALUES ('bad', '{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[20.8,42.9]},\"properties\":{\"id\":\"bad\",\"kind\":\"incident\","
                + "\"category\":\"clash\",\"title\":\"Bad\",\"date\":\"29 May 2023\",\"precision\":{\"level\":\"exact\"},"
                + "\"confidence\":\"confirmed\"}}')");
        try (PostgisEventStore store = server.open("viewer")) {
            assertThat(store.all()).extracting(Event::id).containsExactly("good");
            assertThat(store.loadReport().problems()).singleElement().satisfies(p -> {
                assertThat(p.index()).isEqualTo(1);
                assertThat(p.id()).isEqualTo("bad");
                assertThat(p.pointer()).isEqualTo("/properties/date");
                assertThat(p.toString()).startsWith("borderwatch@127.0.0.1:");
            });
        }
    }

    @Test
    void answersViewportAndTimeQueriesFromTheDatabase() throws Exception {
        try (PostgisEventStore store = server.open("editor")) {
            store.add(event("in", "In", 20.8, 42.9, "2023-05-29", Map.of()));
            store.add(event("late", "Late", 20.8, 42.9, "2024-01-10", Map.of()));
            store.add(event("far", "Far", 22.5, 44.0, "2023-05-29", Map.of()));
            // written behind this store's back: only a database query can see it
            server.sql(
                    "INSERT INTO borderwatch.events (id, feature) SELECT 'copy', replace(feature::text, '\"id\":\"in\"', "
                            + "'\"id\":\"copy\"')::json FROM borderwatch.events WHERE id = 'in'");
            List<Event> found = store.query(
                    new Envelope(20.5, 21.0, 42.5, 43.2), LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 30), null);
            assertThat(found).extracting(Event::id).containsExactly("in", "copy");
            assertThat(store.view(new Envelope(18, 24, 41, 45), org.borderwatch.events.EventFilter.ALL, 0, 1.0)
                            .cells())
                    .extracting(ViewCell::count)
                    .containsExactlyInAnyOrder(3, 1);
        }
    }

    @Test
    void refusesAnEditBasedOnAVersionSomeoneElseChanged() throws Exception {
        Event original = event("e", "Original", 20.8, 42.9, "2023-05-29", Map.of());
        try (PostgisEventStore alice = server.open("editor")) {
            alice.add(original);
            try (PostgisEventStore bob = server.open("admin")) {
                bob.replace(original, event("e", "Bob's title", 20.8, 42.9, "2023-05-29", Map.of()));
            }
            // alice has not heard of bob's change: the database refuses her write over version 1
            Event mine = event("e", "Alice's title", 20.8, 42.9, "2023-05-29", Map.of());
            assertThatThrownBy(() -> alice.replace(original, mine))
                    .isInstanceOfSatisfying(EditConflictException.class, c -> {
                        assertThat(c.theirs().title()).isEqualTo("Bob's title");
                        assertThat(c.mine()).isEqualTo(mine);
                        assertThat(c.theirAuthor()).isEqualTo("admin");
                        assertThat(c.theirVersion()).isEqualTo(2);
                        assertThat(c.getMessage()).contains("event e: changed by admin (version 2)");
                    });
            // keep mine, knowingly, over the version she has now seen
            alice.replaceVersion(mine, 2);
            assertThat(alice.version("e")).isEqualTo(3);
        }
        try (PostgisEventStore fresh = server.open("viewer")) {
            assertThat(fresh.find("e").orElseThrow().title()).isEqualTo("Alice's title");
        }
    }

    @Test
    void refusesADeleteOfAnEventSomeoneElseChanged() throws Exception {
        Event original = event("d", "Original", 20.8, 42.9, "2023-05-29", Map.of());
        try (PostgisEventStore alice = server.open("editor")) {
            alice.add(original);
            try (PostgisEventStore bob = server.open("admin")) {
                bob.replace(original, event("d", "Changed", 20.8, 42.9, "2023-05-29", Map.of()));
            }
            assertThatThrownBy(() -> alice.delete(original)).isInstanceOf(EditConflictException.class);
        }
        try (PostgisEventStore fresh = server.open("viewer")) {
            assertThat(fresh.find("d")).isPresent();
        }
    }

    @Test
    void keepsEveryVersionWithWhoAndWhenAndRestoresAnOldOne() throws Exception {
        Event v1 = event("h", "First", 20.8, 42.9, "2023-05-29", Map.of());
        Event v2 = event("h", "Second", 20.8, 42.9, "2023-05-29", Map.of());
        try (PostgisEventStore editor = server.open("editor")) {
            editor.add(v1);
            editor.replace(v1, v2);
            List<EventVersion> history = editor.history("h");
            assertThat(history).extracting(EventVersion::version).containsExactly(1L, 2L);
            assertThat(history).extracting(EventVersion::op).containsExactly("insert", "update");
            assertThat(history).extracting(EventVersion::changedBy).containsOnly("editor");
            assertThat(history.get(0).event()).isEqualTo(v1);
            editor.restore(history.get(0));
            assertThat(editor.find("h").orElseThrow()).isEqualTo(v1);
            editor.delete(v1);
            assertThat(editor.history("h"))
                    .extracting(EventVersion::op)
                    .containsExactly("insert", "update", "update", "delete");
        }
    }

    @Test
    void aViewersWriteIsRefusedByTheDatabase() throws Exception {
        try (PostgisEventStore editor = server.open("editor")) {
            editor.add(event("v", "Seen", 20.8, 42.9, "2023-05-29", Map.of()));
        }
        try (PostgisEventStore viewer = server.open("viewer")) {
            Event seen = viewer.find("v").orElseThrow();
            assertThatThrownBy(() -> viewer.add(event("w", "New", 20.8, 42.9, "2023-05-29", Map.of())))
                    .isInstanceOf(StoreRefusedException.class)
                    .hasMessageContaining(
                            "viewer may not do this: PostgreSQL refused it (ERROR: permission denied for table events");
            assertThatThrownBy(() -> viewer.delete(seen)).isInstanceOf(StoreRefusedException.class);
            assertThat(viewer.all()).containsExactly(seen);
        }
        // nor can an editor forge the audit history
        assertThatThrownBy(() -> server.sqlAs("editor", "DELETE FROM borderwatch.event_history"))
                .hasMessageContaining("permission denied");
    }

    @Test
    void anotherClientsChangesArriveWithoutAReload() throws Exception {
        try (PostgisEventStore watcher = server.open("viewer");
                PostgisEventStore writer = server.open("editor")) {
            BlockingQueue<RemoteChange> heard = new LinkedBlockingQueue<>();
            watcher.listen(new StoreListener() {
                @Override
                public void changed(RemoteChange change) {
                    heard.add(change);
                }

                @Override
                public void connectionLost(String message) {}

                @Override
                public void reconnected() {}
            });
            Event added = event("live", "Live", 20.8, 42.9, "2023-05-29", Map.of());
            Event edited = event("live", "Edited", 20.8, 42.9, "2023-05-29", Map.of());
            writer.add(added);
            writer.replace(added, edited);
            writer.delete(edited);
            List<RemoteChange> got = new ArrayList<>();
            for (int i = 0; i < 3; i++) got.add(heard.poll(10, TimeUnit.SECONDS));
            assertThat(got).extracting(RemoteChange::op).containsExactly("insert", "update", "delete");
            assertThat(got.get(1).event()).isEqualTo(edited);
            assertThat(got.get(1).by()).isEqualTo("editor");
            assertThat(got.get(1).describe(added)).isEqualTo("editor changed “Edited”");
            assertThat(watcher.find("live")).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsToldAsSuch() {
        StoreLocation.Database editor = server.as("editor");
        assertThatThrownBy(() -> PostgisEventStore.open(editor, where -> "wrong".toCharArray()))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining(
                        "password authentication failed for editor@127.0.0.1:" + editor.port() + "/borderwatch");
    }

    @Test
    void aPortWithNoServerIsToldAsSuch() {
        StoreLocation.Database nowhere = new StoreLocation.Database("127.0.0.1", 1, "borderwatch", "editor", Map.of());
        assertThatThrownBy(() -> PostgisEventStore.open(nowhere, where -> "x".toCharArray()))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("no PostgreSQL server answers at 127.0.0.1:1");
    }

    @Test
    void aMissingDatabaseIsToldAsSuch() {
        StoreLocation.Database other =
                new StoreLocation.Database("127.0.0.1", server.as("admin").port(), "nosuchdb", "admin", Map.of());
        char[] password = PasswordSource.standard(null).password(server.as("admin"));
        assertThatThrownBy(() -> PostgisEventStore.open(other, where -> password))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("no database \"nosuchdb\"");
    }
}
