package org.borderwatch.events.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledCsvTest {

    @TempDir
    Path dir;

    private static Path sample() throws URISyntaxException {
        return Path.of(AcledCsvTest.class.getResource("sample.csv").toURI());
    }

    private static List<Event> read(Path csv) throws Exception {
        return new ConflictCsv().read(csv, null).events();
    }

    @Test
    void exportWritesBackTheImportedColumns() throws Exception {
        AcledCsv acled = new AcledCsv();
        List<Event> events = read(sample());
        Path out = dir.resolve("out.csv");
        acled.write(out, events);

        List<CSVRecord> original = rows(Files.readString(sample())).subList(0, 6);
        List<CSVRecord> exported = rows(Files.readString(out));
        assertThat(exported).hasSize(6);
        for (int i = 0; i < 6; i++) {
            for (String column : AcledCsv.COLUMNS) {
                // columns the sample lacks are written empty or from the event (time_precision 1, tags)
                if (!original.get(i).isMapped(column)) continue;
                String expected = original.get(i).get(column);
                if (column.equals("event_date"))
                    expected = events.get(i).date().day().toString();
                if (column.equals("latitude") || column.equals("longitude"))
                    assertThat(Double.parseDouble(exported.get(i).get(column))).isEqualTo(Double.parseDouble(expected));
                else
                    assertThat(exported.get(i).get(column))
                            .as("row %d column %s", i + 1, column)
                            .isEqualTo(expected);
            }
        }
    }

    @Test
    void writesDatePrecisionTagsAndSourceUrlsOfOurOwnEventsAndNamesWhatCannotGo() throws Exception {
        Event own = new Event(
                "e1",
                EventKind.INCIDENT,
                "armed_clash",
                "Clash at the crossing",
                "Shots were fired.",
                new EventDate("2023-09-24", LocalDate.of(2023, 9, 24), DatePrecision.WEEK),
                null,
                null,
                new org.locationtech.jts.geom.GeometryFactory()
                        .createPoint(new org.locationtech.jts.geom.Coordinate(20.8, 42.9)),
                new Precision(Precision.Level.APPROXIMATE, 2),
                List.of("A"),
                new Casualties(1, 2, null, List.of()),
                List.of(),
                List.of(new Source("Koha", "A title", "https://example.org/a", null)),
                Confidence.CONFIRMED,
                List.of("border", "night"),
                null,
                null);
        Path out = dir.resolve("own.csv");
        new AcledCsv().write(out, List.of(own));

        CSVRecord row = rows(Files.readString(out)).get(0);
        assertThat(row.get("time_precision")).isEqualTo("2");
        assertThat(row.get("tags")).isEqualTo("border; night");
        assertThat(row.get("source")).isEqualTo("Koha (https://example.org/a)");
        assertThat(row.get("notes")).isEqualTo("Shots were fired.");
        assertThat(AcledCsv.losses(List.of(own)))
                .containsExactly(
                        "titles of 1 event",
                        "uncertainty radii of 1 event",
                        "injured and arrested counts of 1 event",
                        "source titles and dates of 1 event",
                        "confidence of 1 event");
        Event back = read(out).get(0);
        assertThat(back.date().precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(back.tags()).containsExactly("acled", "border", "night");
    }

    @Test
    void importOfAnExportGivesTheSameEvents() throws Exception {
        AcledCsv acled = new AcledCsv();
        List<Event> events = read(sample());
        Path out = dir.resolve("out.csv");
        acled.write(out, events);

        assertThat(read(out)).isEqualTo(events);
    }

    @Test
    void exportsOurOwnEventsWithMappedTypes() throws Exception {
        List<Event> events = new ArrayList<>();
        new SyntheticEvents(200, 5).forEach(events::add);
        Path out = dir.resolve("syn.csv");
        new AcledCsv().write(out, events);

        CsvImport back = new ConflictCsv().read(out, null);
        assertThat(back.refused()).isEmpty();
        assertThat(back.events()).hasSize(200);
        for (int i = 0; i < 200; i++) {
            Event a = events.get(i), b = back.events().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.date().day()).isEqualTo(a.date().day());
            assertThat(b.lon()).isEqualTo(a.lon());
            assertThat(b.lat()).isEqualTo(a.lat());
            assertThat(b.casualties().killed()).isEqualTo(a.casualties().killed());
            if (a.kind() == EventKind.INCIDENT
                    && List.of("armed_clash", "attack", "explosion", "arrest", "weapons_seizure", "protest")
                            .contains(a.category())) assertThat(b.category()).isEqualTo(a.category());
        }
    }

    private static List<CSVRecord> rows(String text) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(text))
                .getRecords();
    }
}
