package org.borderwatch.events.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictCsvTest {

    @TempDir
    Path dir;

    static Path file(String name) throws Exception {
        return Path.of(ConflictCsvTest.class.getResource("csv/" + name).toURI());
    }

    private static CsvImport read(String name) throws Exception {
        return new ConflictCsv().read(file(name), null);
    }

    private static List<LocalDate> days(CsvImport read) {
        return read.events().stream().map(e -> e.date().day()).toList();
    }

    @Test
    void readsAPandasResaveByColumnNameIgnoringTheIndexColumn() throws Exception {
        CsvImport read = read("pandas-resave.csv");

        assertThat(read.refused()).isEmpty();
        assertThat(read.events()).extracting(Event::id).containsExactly("XKX1001", "XKX1002");
        Event first = read.events().get(0);
        assertThat(first.casualties().killed()).isEqualTo(4);
        // geo_precision 1: the named town's point; 2: near a town, within 10 km; the ACLED location text is kept
        assertThat(first.precision()).isEqualTo(new Precision(Precision.Level.SETTLEMENT, 0));
        assertThat(first.location())
                .isEqualTo(new Place("Banjska", "Zvecan", "Kosovo", null, "ACLED event XKX1001", List.of()));
        assertThat(read.events().get(1).precision()).isEqualTo(new Precision(Precision.Level.APPROXIMATE, 10));
    }

    @Test
    void naIsAnEmptyCellNeverAnActorOrACount() throws Exception {
        CsvImport read = read("pandas-resave.csv");

        assertThat(read.events().get(0).actors()).containsExactly("Police Forces of Kosovo (2008-)");
        assertThat(read.events().get(1).casualties().killed()).isNull();
    }

    @Test
    void readsTheFirstGenerationWithItsNamesEventTypesAndDates() throws Exception {
        CsvImport read = read("acled-gen1-2015.csv");

        assertThat(read.refused()).isEmpty();
        assertThat(read.events())
                .extracting(e -> e.kind().jsonName() + "/" + e.category())
                .containsExactly(
                        "incident/armed_clash",
                        "incident/protest",
                        "incident/explosion",
                        "incident/other",
                        "incident/attack",
                        "deployment/other");
        assertThat(days(read).get(0)).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(read.events().get(1).date().precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(read.events().get(2).date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(read.events().get(1).extra().get("acled"))
                .contains("\"assoc_actor_1\":\"Students (Kosovo)\"")
                .contains("\"gwno\":\"347\"");
        assertThat(read.notes()).anyMatch(n -> n.contains("dd-MMMM-yyyy"));
    }

    @Test
    void readsTheFourthGenerationWithTextLabelsAndDroppedOrAddedColumns() throws Exception {
        CsvImport read = read("acled-gen4-2024.csv");

        assertThat(read.refused()).isEmpty();
        assertThat(read.events()).hasSize(3);
        Event first = read.events().get(0);
        assertThat(first.extra().get("acled"))
                .contains("\"interaction\":\"State forces-Rebel group\"")
                .contains("\"analyst_note\":\"checked\"");
        assertThat(first.tags()).containsExactly("acled", "crowd size=no report");
        assertThat(read.events())
                .extracting(e -> e.date().precision())
                .containsExactly(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH);
    }

    @Test
    void readsExcelDatesSettlingTwoDigitYearsByTheYearColumn() throws Exception {
        CsvImport read = read("dates-excel-d-mmm-yy.csv");

        assertThat(days(read))
                .containsExactly(LocalDate.of(2020, 5, 9), LocalDate.of(2024, 8, 5), LocalDate.of(1999, 1, 12));
        assertThat(read.notes()).anyMatch(n -> n.startsWith("dates read as d-MMM-yy"));
    }

    @Test
    void readsDayMonthTwoDigitYearDates() throws Exception {
        CsvImport read = read("dates-dd-mm-yy.csv");

        assertThat(read.refused()).isEmpty();
        assertThat(days(read))
                .containsExactly(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 5), LocalDate.of(2020, 2, 1));
        assertThat(read.notes()).anyMatch(n -> n.contains("dd-MM-yy (3 dates)"));
    }

    @Test
    void readsSlashDatesWithATimeOfDayIsoAndLongDates() throws Exception {
        assertThat(days(read("dates-slash-with-time.csv")))
                .containsExactly(LocalDate.of(2020, 8, 14), LocalDate.of(2020, 9, 3));
        assertThat(read("dates-slash-with-time.csv").notes()).anyMatch(n -> n.contains("dd/MM/yyyy HH:mm:ss"));
        assertThat(days(read("dates-iso.csv"))).containsExactly(LocalDate.of(2016, 7, 2), LocalDate.of(2016, 7, 3));
        assertThat(days(read("dates-long.csv"))).containsExactly(LocalDate.of(2020, 12, 3), LocalDate.of(2023, 9, 24));
    }

    @Test
    void refusesOnlyTrulyAmbiguousDatesNamingTheirLines() throws Exception {
        CsvImport read = read("dates-ambiguous.csv");

        assertThat(days(read)).containsExactly(LocalDate.of(2020, 3, 3));
        assertThat(read.refused()).extracting(CsvImport.Refusal::line).containsExactly(2, 4);
        assertThat(read.refusedByReason()).containsOnlyKeys("date ambiguous");
        assertThat(read.refused().get(0).describe(read.file()))
                .isEqualTo(
                        "dates-ambiguous.csv, line 2 (id XKX1), event_date: event_date \"05/06/2020\" is ambiguous: it could be "
                                + "2020-06-05 or 2020-05-06, and no row of the file tells day and month apart");
    }

    @Test
    void readsAWindows1252ResaveAndSaysSo() throws Exception {
        CsvImport read = read("windows-1252.csv");

        assertThat(read.events().get(0).actors()).containsExactly("Policia e Kosovës");
        assertThat(read.events().get(0).location().place()).isEqualTo("Mitrovicë");
        assertThat(read.notes().get(0)).startsWith("encoding windows-1252: not UTF-8 (line 2, byte 0xEB at offset");
    }

    @Test
    void namesTheLineAndByteThatTheGivenEncodingCannotDecode() throws Exception {
        assertThatThrownBy(() -> new ConflictCsv().read(file("windows-1252.csv"), StandardCharsets.UTF_8))
                .isInstanceOf(EventStoreException.class)
                .hasMessageStartingWith("windows-1252.csv: line 2, byte 0xEB at offset")
                .hasMessageContaining("cannot be read as UTF-8; give the file's encoding with --encoding");
        assertThat(new ConflictCsv()
                        .read(file("windows-1252.csv"), Charset.forName("windows-1252"))
                        .events())
                .hasSize(1);
    }

    @Test
    void namesTheLineAndByteThatNoEncodingTried() throws Exception {
        Path csv = dir.resolve("bytes.csv");
        Files.write(csv, new byte[] {'a', ',', 'b', '\n', 'x', (byte) 0x81, (byte) 0xC0, '\n'});

        assertThatThrownBy(() -> new ConflictCsv().read(csv, null))
                .isInstanceOf(EventStoreException.class)
                .hasMessage("bytes.csv: line 2, byte 0x81 at offset 5 cannot be read as windows-1252 (nor as UTF-8); "
                        + "give the file's encoding with --encoding");
    }

    @Test
    void readsUcdpGedWithPrecisionCasualtyRangesSidesAndSources() throws Exception {
        CsvImport read = read("ucdp-ged.csv");

        assertThat(read.format()).isEqualTo("UCDP GED");
        assertThat(read.refused()).isEmpty();
        Event clash = read.events().get(0);
        assertThat(clash.id()).isEqualTo("ucdp-9001");
        assertThat(clash.category()).isEqualTo("armed_clash");
        assertThat(clash.precision()).isEqualTo(new Precision(Precision.Level.EXACT, 0));
        assertThat(clash.casualties().killed()).isEqualTo(15);
        assertThat(clash.casualties().killedLow()).isEqualTo(12);
        assertThat(clash.casualties().killedHigh()).isEqualTo(20);
        assertThat(clash.casualties().bySide())
                .extracting(s -> s.side() + " " + s.killed())
                .containsExactly("Government of Serbia 2", "UCK 10", "civilians 3");
        assertThat(clash.sources())
                .extracting(Source::title)
                .containsExactly(
                        "Fictional Agency,1998-03-06,\"Fighting in Drenica\"", "Other Fictional Agency,1998-03-07");
        assertThat(clash.actors()).containsExactly("Government of Serbia", "UCK");
        assertThat(clash.extra().get("ucdp")).contains("\"active_year\":\"True\"");

        Event oneSided = read.events().get(1);
        assertThat(oneSided.category()).isEqualTo("attack");
        assertThat(oneSided.precision()).isEqualTo(new Precision(Precision.Level.APPROXIMATE, 25));
        assertThat(oneSided.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(oneSided.end().day()).isEqualTo(LocalDate.of(1998, 4, 30));
        assertThat(read.events().get(2).precision()).isEqualTo(new Precision(Precision.Level.APPROXIMATE, 50));
        assertThat(read.events().get(2).sources())
                .singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("UCDP GED event 9003"));
    }

    @Test
    void readsUcdpUsDatesWithTimes() throws Exception {
        CsvImport read = read("ucdp-ged-us-dates.csv");

        assertThat(read.refused()).isEmpty();
        assertThat(days(read)).containsExactly(LocalDate.of(2014, 1, 22), LocalDate.of(2014, 2, 3));
        assertThat(read.events().get(1).end().day()).isEqualTo(LocalDate.of(2014, 2, 4));
        assertThat(read.notes()).anyMatch(n -> n.contains("M/dd/yyyy h:mm:ss a") || n.contains("M/d/yyyy h:mm:ss a"));
    }

    @Test
    void importsTheCompleteRowsOfATruncatedDownloadAndNamesTheBadLine() throws Exception {
        CsvImport read = read("truncated.csv");

        assertThat(read.events()).extracting(Event::id).containsExactly("XKX1", "XKX2");
        assertThat(read.refused()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.detail()).contains("never closes");
        });
        assertThat(read.rows()).isEqualTo(3);
    }

    @Test
    void readsOnAfterAStrayQuote() throws Exception {
        CsvImport read = read("unclosed-quote.csv");

        assertThat(read.events()).extracting(Event::id).containsExactly("XKX1", "XKX3");
        assertThat(read.refused()).extracting(CsvImport.Refusal::line).containsExactly(3);
    }

    @Test
    void refusesAShortRowAndKeepsTheRest() throws Exception {
        CsvImport read = read("short-row.csv");

        assertThat(read.events()).extracting(Event::id).containsExactly("XKX1", "XKX3");
        assertThat(read.refused())
                .singleElement()
                .satisfies(r -> assertThat(r.describe(read.file()))
                        .isEqualTo("short-row.csv, line 3 (id XKX2): has 4 cells, the header names 9"));
    }

    @Test
    void mergesActorPerRowRowsIntoOneEventWithBothActors() throws Exception {
        CsvImport read = read("actor-per-row.csv");

        assertThat(read.events()).extracting(Event::id).containsExactly("XKX7", "XKX8");
        assertThat(read.events().get(0).actors())
                .containsExactly("Police Forces of Kosovo", "Unidentified Armed Group");
        assertThat(read.merged()).isEqualTo(1);
        assertThat(read.summary())
                .startsWith(
                        "actor-per-row.csv (ACLED): took 3 of 3 rows as 2 events (1 merged into an event of the same id)");
    }

    @Test
    void readsSemicolonsAndDecimalCommasOfAEuropeanExcelSave() throws Exception {
        CsvImport read = read("semicolons-decimal-commas.csv");

        assertThat(read.events()).singleElement().satisfies(e -> {
            assertThat(e.lat()).isEqualTo(42.9075);
            assertThat(e.date().day()).isEqualTo(LocalDate.of(2023, 9, 24));
        });
        assertThat(read.notes()).contains("cells separated by ';'");
    }

    @Test
    void groupsRefusalsByReason() throws Exception {
        CsvImport read = read("no-row-readable.csv");

        assertThat(read.events()).isEmpty();
        assertThat(read.refusedByReason()).containsOnlyKeys("date not readable");
        assertThat(read.notes()).contains("no geo_precision column: every position is taken as standing for a region");
        assertThat(read.summary())
                .isEqualTo("no-row-readable.csv (ACLED): took 0 of 2 rows as 0 events; refused 2\n"
                        + "  2 × date not readable: lines 2, 3");
    }

    @Test
    void refusesAFileOfNeitherDataSetNamingWhatItLacks() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,date\n1,2023-01-01\n");

        assertThatThrownBy(() -> new ConflictCsv().read(csv, null))
                .isInstanceOf(EventStoreException.class)
                .hasMessageStartingWith("bad.csv: is neither an ACLED export")
                .hasMessageEndingWith("its columns are id, date");
    }

    @Test
    void readsTheHandWrittenSampleAndReportsItsBadRowsByLineAndColumn() throws Exception {
        CsvImport read = new ConflictCsv()
                .read(Path.of(ConflictCsvTest.class.getResource("sample.csv").toURI()), null);

        assertThat(read.events()).hasSize(6);
        assertThat(read.refused())
                .extracting(r -> r.describe(read.file()))
                .containsExactly(
                        "sample.csv, line 8 (id XKX0007), event_date: event_date \"2023-13-01\" is not a real date in the file's format "
                                + "(yyyy-MM-dd) or does not fall in year 2023",
                        "sample.csv, line 9 (id XKX0008), latitude: latitude 95.0 is outside [-90, 90]",
                        "sample.csv, line 10 (id XKX0009), event_type: event_type \"Parades\" is none of ACLED's event types",
                        "sample.csv, line 11 (id XKX0010), geo_precision: geo_precision \"7\" is not 1, 2 or 3");
    }
}
