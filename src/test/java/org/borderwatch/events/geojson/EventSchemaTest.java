package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.SyntheticEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSchemaTest {

    private final EventSchema schema = new EventSchema();

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EventSchemaTest.class
                .getResource("/org/borderwatch/events/" + name)
                .toURI());
    }

    @Test
    void generatedStoresValidate() throws Exception {
        Path file = dir.resolve("g.geojson");
        GeoJsonEventStore.write(file, new SyntheticEvents(3000, 99));

        assertThat(schema.check(file)).isEmpty();
    }

    @Test
    void everyShippedEventValidates() throws Exception {
        assertThat(schema.check(Path.of("data/events.geojson"))).isEmpty();
    }

    @Test
    void theRoundTripSampleWithUnknownPropertiesValidates() throws Exception {
        assertThat(schema.check(resource("round-trip.geojson"))).isEmpty();
    }

    @Test
    void namesTheFeatureAndPointerOfEachViolation() throws Exception {
        List<RecordProblem> problems = schema.check(resource("malformed/unknown-kind.geojson"));

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.id()).isEqualTo("bad-1");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/features/1/properties/kind"));
    }

    @Test
    void findsEveryViolationOfAFeatureNotOnlyTheFirst() throws Exception {
        Path file = dir.resolve("two.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "geometry": {"type": "Point", "coordinates": [200, 42]},
                  "properties": {"id": "x", "kind": "incident", "category": "armour", "title": "t", "date": "2023-01-01",
                    "precision": {"level": "approximate"}, "sources": [], "confidence": "sure"}}]}
                """);

        assertThat(schema.check(file))
                .extracting(RecordProblem::pointer)
                .contains(
                        "/features/0/geometry/coordinates/0",
                        "/features/0/properties/category",
                        "/features/0/properties/precision",
                        "/features/0/properties/sources",
                        "/features/0/properties/confidence");
    }

    @Test
    void reportsInvalidJsonWithLineAndColumn() throws Exception {
        assertThat(schema.check(resource("malformed/missing-comma.geojson")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("invalid JSON at line 3, column 1"));
    }

    @Test
    void rejectsAStoreThatIsNotAFeatureCollection() throws Exception {
        assertThat(schema.check(resource("malformed/single-feature.geojson")))
                .isNotEmpty()
                .anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/type"));
    }
}
