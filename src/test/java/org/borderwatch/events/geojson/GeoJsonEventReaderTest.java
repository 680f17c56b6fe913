package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.SyntheticEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a store in parts on several threads gives exactly what one front-to-back read gives. */
class GeoJsonEventReaderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> malformedStoresAndParts() throws IOException, URISyntaxException {
        Path cases = Path.of(GeoJsonEventReaderTest.class
                        .getResource("/org/borderwatch/events/malformed/cases.tsv")
                        .toURI())
                .getParent();
        try (Stream<Path> files = Files.list(cases)) {
            List<Path> stores = files.filter(f -> f.toString().endsWith(".geojson"))
                    .sorted()
                    .toList();
            return stores.stream().flatMap(f -> Stream.of(Arguments.of(f, 2), Arguments.of(f, 3)));
        }
    }

    @ParameterizedTest(name = "{0} in {1} parts")
    @MethodSource("malformedStoresAndParts")
    void readsEveryMalformedStoreInPartsAsOneThreadDoes(Path file, int parts) throws IOException {
        assertSameResult(
                new GeoJsonEventReader(parts, 0).read(file), new GeoJsonEventReader(1, Long.MAX_VALUE).read(file));
    }

    @ParameterizedTest(name = "{0} parts")
    @ValueSource(ints = {2, 3, 4})
    void readsBadFeaturesInLaterPartsWithTheirFileIndexesPointersAndText(int parts) throws IOException {
        Path file = generated(3000);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // line k + 1 holds feature k
        lines.set(1 + 2100, lines.get(1 + 2100).replace("\"kind\":\"", "\"kind\":\"bogus-"));
        lines.set(1 + 2900, lines.get(1 + 2900).replace("\"coordinates\":[", "\"coordinates\":[200,"));
        lines.set(
                1 + 1500,
                lines.get(1 + 1500).replace("\"type\":\"Feature\",", "\"type\":\"Feature\",\"bbox\":[1,2,3,4],"));
        lines.set(1 + 2980, lines.get(1 + 2980).replace("syn-0002980", "syn-0002960"));
        lines.set(
                1 + 2950,
                lines.get(1 + 2950)
                        .replace("\"title\":", "\"note\":\"a \\\"quoted\\\", [bracketed] {value}\",\"title\":"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        GeoJsonEventReader reader = new GeoJsonEventReader(parts, 0);

        GeoJsonEventReader.Result inParts = reader.readInParts(file);

        GeoJsonEventReader.Result whole = reader.readWhole(file);
        assertThat(inParts).as("read in parts, not handed to one thread").isNotNull();
        assertSameResult(inParts, whole);
        assertThat(whole.report().problems()).extracting(RecordProblem::index).containsExactly(2100, 2900, 2980);
        assertThat(whole.report().problems().get(1).pointer()).isEqualTo("/features/2900/geometry/coordinates/0");
        assertThat(whole.report().problems().get(2).message()).contains("first used by feature 2960");
        assertThat(whole.events()).hasSize(2997);
    }

    @Test
    void fallsBackToOneThreadForAnIdRepeatedAcrossParts() throws IOException {
        Path file = generated(2000);
        String text = Files.readString(file).replace("\"id\":\"syn-0001900\"", "\"id\":\"syn-0000010\"");
        Files.writeString(file, text);
        GeoJsonEventReader reader = new GeoJsonEventReader(2, 0);

        assertThat(reader.readInParts(file)).isNull();
        GeoJsonEventReader.Result read = reader.read(file);
        assertSameResult(read, reader.readWhole(file));
        assertThat(read.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(1900);
            assertThat(p.message()).contains("first used by feature 10");
        });
    }

    @Test
    void reportsASyntaxErrorInALaterPartWithItsLineAndColumnInTheFile() throws IOException {
        Path file = generated(2000);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1 + 1800, lines.get(1 + 1800).replace("\"kind\":", "\"kind\" "));
        Files.write(file, lines, StandardCharsets.UTF_8);
        GeoJsonEventReader reader = new GeoJsonEventReader(2, 0);

        GeoJsonEventReader.Result read = reader.read(file);

        assertSameResult(read, reader.readWhole(file));
        assertThat(read.report().complete()).isFalse();
        assertThat(read.report().problems())
                .singleElement()
                .extracting(RecordProblem::message)
                .asString()
                .startsWith("invalid JSON at line 1802, column ");
    }

    /** In the file a property value starts at depth 5; the parser refuses depth 1001, in a part as in the file. */
    @ParameterizedTest(name = "{0} nested arrays")
    @ValueSource(ints = {996, 997})
    void refusesNestingInALaterPartExactlyWhereTheFileParserDoes(int arrays) throws IOException {
        Path file = generated(2000);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String deep = "[".repeat(arrays) + "]".repeat(arrays);
        lines.set(1 + 1700, lines.get(1 + 1700).replace("\"title\":", "\"deep\":" + deep + ",\"title\":"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        GeoJsonEventReader reader = new GeoJsonEventReader(2, 0);

        GeoJsonEventReader.Result read = reader.read(file);

        GeoJsonEventReader.Result whole = reader.readWhole(file);
        assertSameResult(read, whole);
        assertThat(whole.report().complete()).isEqualTo(arrays == 996);
    }

    @Test
    void keepsTopLevelMembersAfterTheFeaturesArray() throws IOException {
        Path file = generated(500);
        String text = Files.readString(file).strip();
        Files.writeString(file, text.substring(0, text.length() - 1) + ",\"name\":\"after\",\"bbox\":[18,41,22,44]}");
        GeoJsonEventReader reader = new GeoJsonEventReader(2, 0);

        GeoJsonEventReader.Result inParts = reader.readInParts(file);

        assertThat(inParts).isNotNull();
        assertSameResult(inParts, reader.readWhole(file));
        assertThat(inParts.topMembers()).containsEntry("name", "\"after\"").containsEntry("bbox", "[18,41,22,44]");
    }

    /** Features altered at random in ways the byte reader must either read as Jackson does or leave to it. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void readsRandomlyAlteredFeaturesInPartsAsOneJacksonReadDoes(int seed) throws IOException {
        Path file = generated(1500);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        java.util.Random random = new java.util.Random(seed);
        List<java.util.function.UnaryOperator<String>> changes = List.of(
                l -> l.replace("\":", "\": ").replace(",\"", ", \""),
                l -> l.replace("Synthetic", "Synth\\u0065tic"),
                l -> l.replace("Synthetic", "Sïnthétic 日本"),
                l -> l.replace("\"kind\":\"", "\"kind\":\"x"),
                l -> l.replaceFirst("\\[(\\d+)\\.(\\d+),", "[$1.$2e0,"),
                l -> l.replaceFirst("\"confidence\":\"[a-z]+\",", ""),
                l -> l.replace("\"tags\":", "\"extra\":{\"a\":[1,{\"b\":null}]},\"tags\":"),
                l -> l.replace("\"killed\":0", "\"killed\":null"),
                l -> l.replace("\"level\":\"exact\"", "\"level\":\"approximate\",\"radius_km\":0"),
                l -> l.replace("\"location\":{", "\"location\":{\"place\":null,"),
                l -> l.replace("\"properties\":{", "\"properties\":{\"updated\":\"2024-01-01\","),
                l -> l.replace("\"coordinates\":[", "\"coordinates\":[ "),
                l -> l.replace("\"sources\":[{", "\"sources\":[{\"title\":\"t\",\"publisher\":null,"),
                l -> l.replace("\"date\":\"20", "\"date\":\"19"));
        for (int k = 1; k < lines.size() - 1; k++) {
            if (random.nextInt(3) == 0)
                lines.set(k, changes.get(random.nextInt(changes.size())).apply(lines.get(k)));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        GeoJsonEventReader reader = new GeoJsonEventReader(2, 0);

        GeoJsonEventReader.Result inParts = reader.readInParts(file);

        assertThat(inParts).as("read in parts, not handed to one thread").isNotNull();
        assertSameResult(inParts, reader.readWhole(file));
    }

    private Path generated(int count) throws IOException {
        Path file = dir.resolve("events-" + count + ".geojson");
        try {
            GeoJsonEventStore.write(file, new SyntheticEvents(count, 7));
        } catch (EventStoreException e) {
            throw new IOException(e);
        }
        return file;
    }

    private static void assertSameResult(GeoJsonEventReader.Result actual, GeoJsonEventReader.Result expected) {
        assertThat(actual.report()).isEqualTo(expected.report());
        assertThat(actual.events()).isEqualTo(expected.events());
        assertThat(actual.topMembers()).isEqualTo(expected.topMembers());
        assertThat(actual.featureMembers()).isEqualTo(expected.featureMembers());
        assertThat(actual.brokenFeatures()).isEqualTo(expected.brokenFeatures());
        assertColumnsDescribe(actual);
        assertColumnsDescribe(expected);
    }

    /** The index columns a read hands over are exactly those of its events. */
    private static void assertColumnsDescribe(GeoJsonEventReader.Result read) {
        IndexColumns expected = IndexColumns.of(read.events());
        IndexColumns actual = read.columns();
        assertThat(actual.size).isEqualTo(read.events().size());
        assertThat(actual.minX).containsExactly(expected.minX);
        assertThat(actual.minY).containsExactly(expected.minY);
        assertThat(actual.maxX).containsExactly(expected.maxX);
        assertThat(actual.maxY).containsExactly(expected.maxY);
        assertThat(actual.firstDay).containsExactly(expected.firstDay);
        assertThat(actual.lastDay).containsExactly(expected.lastDay);
    }
}
