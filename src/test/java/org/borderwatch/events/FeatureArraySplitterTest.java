package org.borderwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureArraySplitterTest {

    @TempDir
    Path dir;

    /** Each element holds commas, brackets, escaped quotes and a "features" key where no cut may go. */
    private static final String ELEMENT = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[20,42]},"
            + "\"properties\":{\"features\":[1,2,{\"a\":\"x\\\",], [{\"}],\"note\":\"features, \\\\\",\"k\":[[],{}]}}";

    @Test
    void cutsOnlyAtCommasBetweenFeaturesAndCountsTheFeaturesBefore() throws IOException {
        String text = "{\"type\":\"FeatureCollection\",\"name\":\"features\",\"x\":{\"features\":[{}]},\"features\":[\n"
                + String.join(",\n", java.util.Collections.nCopies(40, ELEMENT)) + "\n],\"bbox\":[1,2,3,4]}";

        List<FeatureArraySplitter.Cut> cuts = scan(text, 4);

        assertThat(cuts).hasSize(3);
        int arrayStart = text.indexOf("\"features\":[\n") + "\"features\":[\n".length();
        for (FeatureArraySplitter.Cut cut : cuts) {
            int k = cut.featuresBefore();
            assertThat(cut.offset()).isEqualTo(arrayStart + (long) k * ELEMENT.length() + (k - 1) * 2L);
            assertThat(text.charAt((int) cut.offset())).isEqualTo(',');
        }
        assertThat(cuts).extracting(FeatureArraySplitter.Cut::offset).isSorted();
    }

    @Test
    void findsNoCutInAFileStartingWithAByteOrderMark() throws IOException {
        assertThat(scan("\uFEFF{\"type\":\"FeatureCollection\",\"features\":[" + ELEMENT + "," + ELEMENT + "]}", 2)).isEmpty();
    }

    @Test
    void findsNoCutWhenTheTopLevelIsNotAnObject() throws IOException {
        assertThat(scan("[" + ELEMENT + "," + ELEMENT + "," + ELEMENT + "]", 2)).isEmpty();
    }

    @Test
    void findsNoCutInAnArrayWithOneFeature() throws IOException {
        assertThat(scan("{\"type\":\"FeatureCollection\",\"features\":[" + ELEMENT + "]}", 2)).isEmpty();
    }

    @Test
    void placesCutsSoThatEveryPartEndsWithTheFileWhenScanningCostsAFifth() {
        for (int parts = 2; parts <= 4; parts++) {
            long[] cuts = FeatureArraySplitter.cutOffsets(1_000_000, parts);
            double last = cuts[cuts.length - 1] * (1 - FeatureArraySplitter.SCAN_COST) + cuts[0];
            assertThat(last).isCloseTo(1_000_000, org.assertj.core.data.Offset.offset(2.0));
            assertThat(cuts[0]).isGreaterThan(1_000_000 / parts);
        }
    }

    private List<FeatureArraySplitter.Cut> scan(String text, int parts) throws IOException {
        Path file = dir.resolve("store.geojson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FeatureArraySplitter splitter = new FeatureArraySplitter();
        try (FileChannel channel = FileChannel.open(file)) {
            List<FeatureArraySplitter.Cut> cuts = splitter.scan(channel, channel.size(), parts);
            assertThat(splitter.firstCut()).isCompletedWithValue(cuts.isEmpty() ? Long.MAX_VALUE : cuts.get(0).offset());
            return cuts;
        }
    }
}
