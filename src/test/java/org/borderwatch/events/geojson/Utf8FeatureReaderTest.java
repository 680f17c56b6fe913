package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.borderwatch.events.BadRecord;
import org.borderwatch.events.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte reader gives exactly the event the Jackson-based reader gives, or gives up and leaves the feature to it. */
class Utf8FeatureReaderTest {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private static final String PLAIN =
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[20.721796,42.832794]},"
                    + "\"properties\":{\"id\":\"syn-1\",\"kind\":\"incident\",\"category\":\"shooting\",\"title\":\"Shots near Leposavić\","
                    + "\"date\":\"2023-03-29\",\"location\":{\"place\":\"Leposavić\",\"municipality\":null,\"country\":\"Kosovo\"},"
                    + "\"precision\":{\"level\":\"approximate\",\"radius_km\":2.0},\"actors\":[\"KFOR\",\"local residents\"],"
                    + "\"casualties\":{\"killed\":1,\"injured\":null,\"arrested\":0},"
                    + "\"sources\":[{\"publisher\":\"Kosovo Online\",\"title\":null,\"url\":\"https://example.org/a\",\"date\":\"2023-03-29\"}],"
                    + "\"confidence\":\"confirmed\",\"tags\":[\"synthetic\"]}}";

    @ParameterizedTest
    @ValueSource(
            strings = {"", "-0.0", "-0", "1e2", "0.1", "-179.99999999999997", "42.123456789012345678", "180", "3.0E-5"})
    void readsAPlainPointFeatureAsJacksonDoes(String longitude) throws Exception {
        String text = longitude.isEmpty() ? PLAIN : PLAIN.replace("20.721796", longitude);
        Event fast = new Utf8FeatureReader().read(bytes(text), 0, bytes(text).length);
        assertThat(fast).isNotNull().isEqualTo(viaJackson(text));
        assertThat(Double.doubleToRawLongBits(fast.lon()))
                .isEqualTo(Double.doubleToRawLongBits(viaJackson(text).lon()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"title\":\"Shots near Leposavić\"->\"title\":\"Shots \\\"near\\\" Leposavić\"",
                "\"tags\":->\"note\":{\"a\":[1]},\"tags\":",
                "\"type\":\"Point\",\"coordinates\":[20.721796,42.832794]->\"type\":\"LineString\",\"coordinates\":[[20,42],[21,43]]",
                "\"kind\":\"incident\"->\"kind\":\"deployment\"",
                "20.721796->200.5",
                "\"killed\":1->\"killed\":1.5",
                "\"killed\":1->\"killed\":-1",
                "\"id\":\"syn-1\"->\"id\":\"syn 1\"",
                "\"confidence\":\"confirmed\",->",
                "\"radius_km\":2.0->\"radius_km\":0",
                "\"date\":\"2023-03-29\",\"location\"->\"date\":\"2023-02-30\",\"location\"",
                "\"kind\":\"incident\"->\"kind\":\"incident\",\"kind\":\"incident\"",
                "\"url\":\"https://example.org/a\"->\"url\":\"ftp://example.org/a\"",
                "\"type\":\"Feature\",->\"type\":\"Feature\",\"bbox\":[1,2,3,4],"
            })
    void givesUpOnAnythingButThePlainShape(String change) {
        String[] fromTo = change.split("->", -1);
        String text = PLAIN.replace(fromTo[0], fromTo[1]);
        assertThat(text).isNotEqualTo(PLAIN);
        assertThat(new Utf8FeatureReader().read(bytes(text), 0, bytes(text).length))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 300})
    void saysWhenTheBytesEndBeforeTheFeature(int missing) {
        byte[] b = bytes(PLAIN);
        Utf8FeatureReader reader = new Utf8FeatureReader();
        assertThat(reader.read(b, 0, b.length - missing)).isNull();
        assertThat(reader.truncated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leposavić", "日本", "😀", "a\u0080b"})
    void acceptsWellFormedUtf8(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Cursor.wellFormed(b, 0, b.length)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F4908080", "C3", "80", "FF"})
    void refusesIllFormedUtf8SoThatJacksonDecides(String hex) {
        byte[] b = java.util.HexFormat.of().parseHex(hex);
        assertThat(Utf8Cursor.wellFormed(b, 0, b.length)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/borderwatch/events/round-trip.geojson", "/data"})
    void readsRealStoresInPartsAsOneJacksonReadDoes(String store) throws IOException, URISyntaxException {
        Path file = store.equals("/data")
                ? Path.of("data/events.geojson")
                : Path.of(getClass().getResource(store).toURI());
        GeoJsonEventReader reader = new GeoJsonEventReader(2, 0);
        GeoJsonEventReader.Result inParts = reader.readInParts(file);
        GeoJsonEventReader.Result whole = reader.readWhole(file);
        assertThat(inParts).isNotNull();
        assertThat(inParts.events()).isNotEmpty().isEqualTo(whole.events());
        assertThat(inParts.report()).isEqualTo(whole.report());
        assertThat(inParts.featureMembers()).isEqualTo(whole.featureMembers());
        assertThat(inParts.topMembers()).isEqualTo(whole.topMembers());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Event viaJackson(String text) throws IOException, BadRecord {
        try (JsonParser p = JSON.createParser(bytes(text))) {
            p.nextToken();
            return new FeatureReader(new Interner(), JSON).read(p).event();
        }
    }
}
