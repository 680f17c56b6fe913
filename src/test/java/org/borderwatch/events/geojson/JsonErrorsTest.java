package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors speak of the JSON text, never of the parser's features and constraints. */
class JsonErrorsTest {

    private static String errorOf(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) p.skipChildren();
        } catch (JsonProcessingException e) {
            return JsonErrors.describe(e);
        }
        throw new AssertionError("parsed without error: " + json);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[NaN]|NaN is not a JSON number; write a number, or null for no value",
                "[-Infinity]|-Infinity is not a JSON number",
                "{'a': 1}|unexpected character ''': was expecting double-quote to start member name",
                "[1 2]|unexpected character '2': was expecting comma to separate array entries",
                "[nope]|'nope' is not a JSON value",
                "{\"a\": [1, 2|unexpected end of file: expected closing bracket for array"
            })
    void saysWhatIsWrongInTheTermsOfTheText(String json, String expected) throws IOException {
        String message = errorOf(json);
        assertThat(message)
                .containsIgnoringCase(expected)
                .doesNotContain("`")
                .doesNotContain("JsonReadFeature")
                .doesNotContain("StreamReadConstraints");
    }

    @org.junit.jupiter.api.Test
    void nestingBeyondTheLimitIsSaidAsLevels() throws IOException {
        String deep = "[".repeat(1100) + "]".repeat(1100);
        assertThat(errorOf(deep)).isEqualTo("values are nested more than 1000 levels deep");
    }
}
