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
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledCsvTest {

    @TempDir
    Path dir;

    private static Path sample() throws URISyntaxException {
        return Path.of(AcledCsvTest.class.getResource("sample.csv").toURI());
    }

    @Test
    void mapsTypesPrecisionSourcesNotesAndFatalities() throws Exception {
        AcledCsv.Imported imported = new AcledCsv().read(sample());
        Event clash = imported.events().get(0);

        assertThat(clash.id()).isEqualTo("XKX0001");
        assertThat(clash.kind()).isEqualTo(EventKind.INCIDENT);
        assertThat(clash.category()).isEqualTo("armed_clash");
        assertThat(clash.precision().level()).isEqualTo(Precision.Level.EXACT);
        assertThat(clash.casualties().killed()).isEqualTo(4);
        assertThat(clash.summary()).contains("\"quotes\" and a comma");
        assertThat(clash.sources()).singleElement().satisfies(s -> assertThat(s.title()).contains("Reuters; Koha"));
        assertThat(clash.location()).isEqualTo(new Place("Banjska", "Zvecan", "Kosovo"));
        assertThat(clash.lon()).isEqualTo(20.8656);
        assertThat(clash.actors()).hasSize(2);

        assertThat(imported.events()).extracting(e -> e.kind().jsonName() + "/" + e.category() + "/" + e.precision().level())
                .containsExactly("incident/armed_clash/EXACT", "incident/protest/TOWN", "incident/arrest/REGION",
                        "incident/weapons_seizure/EXACT", "incident/explosion/TOWN", "diplomatic/agreement/REGION");
        assertThat(imported.events().get(1).date().day()).isEqualTo(LocalDate.of(2023, 5, 29));
        assertThat(imported.events().get(2).casualties().killed()).isNull();
    }

    @Test
    void skipsAndReportsBadRowsByRowAndColumn() throws Exception {
        List<RecordProblem> problems = new AcledCsv().read(sample()).problems();

        assertThat(problems).extracting(RecordProblem::toString).containsExactly(
                "sample.csv, record 7 (id XKX0007), event_date: event_date \"2023-13-01\" is neither 2023-09-24 nor 24 September 2023",
                "sample.csv, record 8 (id XKX0008), latitude: latitude 95.0 is outside [-90, 90]",
                "sample.csv, record 9 (id XKX0009), event_type: event_type \"Parades\" is not one of ACLED's six event types",
                "sample.csv, record 10 (id XKX0010), geo_precision: geo_precision \"7\" is not 1, 2 or 3");
    }

    @Test
    void exportWritesBackTheImportedColumns() throws Exception {
        AcledCsv acled = new AcledCsv();
        List<Event> events = acled.read(sample()).events();
        Path out = dir.resolve("out.csv");
        acled.write(out, events);

        List<CSVRecord> original = rows(Files.readString(sample())).subList(0, 6);
        List<CSVRecord> exported = rows(Files.readString(out));
        assertThat(exported).hasSize(6);
        for (int i = 0; i < 6; i++) {
            for (String column : AcledCsv.COLUMNS) {
                String expected = original.get(i).get(column);
                if (column.equals("event_date")) expected = events.get(i).date().day().toString();
                if (column.equals("latitude") || column.equals("longitude"))
                    assertThat(Double.parseDouble(exported.get(i).get(column))).isEqualTo(Double.parseDouble(expected));
                else
                    assertThat(exported.get(i).get(column)).as("row %d column %s", i + 1, column).isEqualTo(expected);
            }
        }
    }

    @Test
    void importOfAnExportGivesTheSameEvents() throws Exception {
        AcledCsv acled = new AcledCsv();
        List<Event> events = acled.read(sample()).events();
        Path out = dir.resolve("out.csv");
        acled.write(out, events);

        assertThat(acled.read(out).events()).isEqualTo(events);
    }

    @Test
    void exportsOurOwnEventsWithMappedTypes() throws Exception {
        List<Event> events = new ArrayList<>();
        new SyntheticEvents(200, 5).forEach(events::add);
        Path out = dir.resolve("syn.csv");
        new AcledCsv().write(out, events);

        AcledCsv.Imported back = new AcledCsv().read(out);
        assertThat(back.problems()).isEmpty();
        assertThat(back.events()).hasSize(200);
        for (int i = 0; i < 200; i++) {
            Event a = events.get(i), b = back.events().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.date().day()).isEqualTo(a.date().day());
            assertThat(b.lon()).isEqualTo(a.lon());
            assertThat(b.lat()).isEqualTo(a.lat());
            assertThat(b.casualties().killed()).isEqualTo(a.casualties().killed());
            if (a.kind() == EventKind.INCIDENT && List.of("armed_clash", "attack", "explosion", "arrest", "weapons_seizure",
                    "protest").contains(a.category()))
                assertThat(b.category()).isEqualTo(a.category());
        }
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,date\n1,2023-01-01\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AcledCsv().read(csv)).isInstanceOf(IOException.class)
                .hasMessage("bad.csv: column event_id_cnty is missing; ACLED exports name it in the first row");
    }

    private static List<CSVRecord> rows(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text)).getRecords();
    }
}
