package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FindCommandTest {

    @Test
    void findsZvecanFromItsCyrillicNameAndPrintsATable() {
        CommandRun run = CommandRun.of("find", "Звечан", "--limit", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("Zvečan")
                .contains("geonames:783770");
    }

    @Test
    void writesGeoJsonInTheChosenScript() throws Exception {
        CommandRun run = CommandRun.of("find", "banjska", "--geojson", "--names", "sr-Cyrl", "--limit", "2");

        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("features")).hasSize(2);
        assertThat(root.path("features").path(0).path("properties").path("name").asText())
                .isEqualTo("Бањска");
        assertThat(root.path("features")
                        .path(0)
                        .path("geometry")
                        .path("coordinates")
                        .path(1)
                        .asDouble())
                .isEqualTo(42.97333);
    }

    @Test
    void exitsOneWhenNothingMatches() {
        CommandRun run = CommandRun.of("find", "qqqqqq");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("(no place matches)");
    }
}
