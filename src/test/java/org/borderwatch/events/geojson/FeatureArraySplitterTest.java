package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureArraySplitterTest {

    @TempDir
    Path dir;

    /** Each element holds commas, brackets, escaped quotes and a "features" key where no cut may go. */
    private static final String ELEMENT =
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[20,42]},"
                    + "\"properties\":{\"features\":[1,2,{\"a\":\"x\\\",], [{\"}],\"note\":\"features, \\\\\",\"k\":[[],{}]}}";

    private static final String HEAD =
            "{\"type\":\"FeatureCollection\",\"name\":\"features\",\"x\":{\"features\":[{}]},\"features\":[";

    @Test
    void findsTheFeaturesArrayAndCutsOnlyAtCommasEndingALineBeforeAFeature() throws IOException {
        String text = HEAD + "\n" + String.join(",\n", Collections.nCopies(40, ELEMENT)) + "\n],\"bbox\":[1,2,3,4]}";

        FeatureArraySplitter.Layout layout = scan(text, 4);

        assertThat(layout.arrayStart()).isEqualTo(HEAD.length() - 1);
        assertThat(layout.cuts()).hasSize(3).isSorted();
        for (long cut : layout.cuts()) {
            assertThat(text.charAt((int) cut)).isEqualTo(',');
            assertThat(text.substring((int) cut)).startsWith(",\n" + ELEMENT);
        }
    }

    @Test
    void doesNotCutAtCommasBetweenObjectsThatAreNoFeatures() throws IOException {
        String pretty =
                ELEMENT.replace("\"properties\":{", "\"properties\":{\"sources\":[{\"url\":\"a\"},\n{\"url\":\"b\"}],");
        String text = HEAD + "\n" + String.join(",\n", Collections.nCopies(3, pretty)) + "\n]}";

        FeatureArraySplitter.Layout layout = scan(text, 2);

        assertThat(layout.cuts()).hasSize(1);
        assertThat(text.substring((int) layout.cuts()[0])).startsWith(",\n" + pretty);
    }

    @Test
    void cutsBetweenPrettyPrintedFeatures() throws IOException {
        String pretty =
                "{\n  \"type\": \"Feature\",\n  \"geometry\": {\"type\": \"Point\", \"coordinates\": [20, 42]},\n"
                        + "  \"properties\": {\"equipment\": [\n    {\"type\": \"armour\"},\n    {\"type\": \"artillery\"}\n  ]}\n}";
        String text = HEAD + "\n" + String.join(",\n", Collections.nCopies(4, pretty)) + "\n]}";

        FeatureArraySplitter.Layout layout = scan(text, 2);

        assertThat(layout.cuts()).hasSize(1);
        assertThat(text.substring((int) layout.cuts()[0])).startsWith(",\n" + pretty);
    }

    @Test
    void findsNoCutInAFileWithoutLineBreaks() throws IOException {
        assertThat(scan(HEAD + String.join(",", Collections.nCopies(40, ELEMENT)) + "]}", 2)
                        .cuts())
                .isEmpty();
    }

    @Test
    void findsNoLayoutInAFileStartingWithAByteOrderMark() throws IOException {
        assertThat(scan("\uFEFF{\"type\":\"FeatureCollection\",\"features\":[" + ELEMENT + ",\n" + ELEMENT + "]}", 2))
                .isNull();
    }

    @Test
    void findsNoLayoutWhenTheTopLevelIsNotAnObject() throws IOException {
        assertThat(scan("[" + ELEMENT + ",\n" + ELEMENT + ",\n" + ELEMENT + "]", 2))
                .isNull();
    }

    @Test
    void findsNoLayoutWithoutAFeaturesArray() throws IOException {
        assertThat(scan(
                        "{\"type\":\"FeatureCollection\",\"features\":{},\"x\":[" + ELEMENT + ",\n" + ELEMENT + "]}",
                        2))
                .isNull();
    }

    private FeatureArraySplitter.Layout scan(String text, int parts) throws IOException {
        Path file = dir.resolve("store.geojson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file)) {
            return FeatureArraySplitter.scan(channel, channel.size(), parts);
        }
    }
}
