package org.borderwatch.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.map.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layer the user adds joins the gazetteer through its catalogue entry alone. */
class CataloguePlacesTest {

    private static final String ENTRY = """
            {"background": "#D4E3EC", "layers": [{
              "name": "osm_places", "title": "My villages", "source": "osm_places.shp", "kind": "vector",
              "group": "places", "order": 95, "attribution": "© OpenStreetMap contributors", "licence": "ODbL 1.0",
              "rules": [{"title": "Village", "else": true, "symbol": {"shape": "circle", "size": 3}}],
              "gazetteer": %s
            }]}
            """;

    @Test
    void findsTheFeaturesOfAUserLayerByEveryNameItsEntryDeclares(@TempDir Path maps) throws Exception {
        writePoints(
                maps.resolve("osm_places"),
                new String[] {"name", "name_sq", "osm_id", "place"},
                new double[][] {{20.7431, 42.9744}, {20.81, 43.02}, {20.9, 43.1}},
                new String[][] {
                    {"Бањска", "Banjskë", "123", "village"}, {"Рударе", "Rudarë", "456", "hamlet"}, {"", "", "789", ""}
                });
        Files.writeString(maps.resolve("catalogue.json"), ENTRY.formatted("""
                {"name": "name", "language": "sr-Cyrl", "names": {"sq": "name_sq"}, "kindField": "place",
                 "id": "osm_id", "idPrefix": "osm:node/", "source": "OpenStreetMap"}
                """));
        Catalogue catalogue = Catalogue.of(maps);
        assertThat(catalogue.problems()).isEmpty();

        CataloguePlaces.Result read = CataloguePlaces.read(catalogue, java.util.List.of());

        assertThat(read.problems()).isEmpty();
        assertThat(read.places()).hasSize(2); // the feature without a name is no place
        Gazetteer g = Gazetteer.of(read.places());
        for (String query : new String[] {"Rudare", "Rudarë", "Рударе", "rudre"}) {
            GazetteerPlace rudare = g.find(query, 1).get(0).place();
            assertThat(rudare.id()).as(query).isEqualTo("osm:node/456");
            assertThat(rudare.kind()).isEqualTo("hamlet");
            assertThat(rudare.names()).containsEntry("sr-Cyrl", "Рударе").containsEntry("sq", "Rudarë");
            assertThat(rudare.coordinateSource()).isEqualTo("OpenStreetMap 456 (maps/osm_places.shp)");
            assertThat(rudare.lon()).isEqualTo(20.81);
        }
    }

    @Test
    void reportsADeclaredAttributeTheLayerLacksAndAddsNothingFromIt(@TempDir Path maps) throws Exception {
        writePoints(maps.resolve("osm_places"), new String[] {"name"}, new double[][] {{20.7, 42.9}}, new String[][] {
            {"Banjska"}
        });
        Files.writeString(maps.resolve("catalogue.json"), ENTRY.formatted("""
                {"name": "name", "alt": ["name_sq"]}
                """));

        CataloguePlaces.Result read = CataloguePlaces.read(Catalogue.of(maps), java.util.List.of());

        assertThat(read.places()).isEmpty();
        assertThat(read.problems())
                .singleElement()
                .asString()
                .contains("catalogue.json, layer osm_places, field /gazetteer")
                .contains("no attribute \"name_sq\"");
    }

    /** Writes a point shapefile (.shp, .shx, .dbf, .cpg) with text attributes of 20 bytes. */
    private static void writePoints(Path base, String[] fields, double[][] points, String[][] rows) throws IOException {
        int n = points.length, recordBytes = 8 + 20;
        ByteBuffer shp = header(100 + n * recordBytes), shx = header(100 + n * 8);
        for (int i = 0; i < n; i++) {
            shx.order(ByteOrder.BIG_ENDIAN).putInt((100 + i * recordBytes) / 2).putInt(10);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(10);
            shp.order(ByteOrder.LITTLE_ENDIAN).putInt(1).putDouble(points[i][0]).putDouble(points[i][1]);
        }
        Files.write(Path.of(base + ".shp"), shp.array());
        Files.write(Path.of(base + ".shx"), shx.array());
        int headerLength = 32 + 32 * fields.length + 1, recordLength = 1 + 20 * fields.length;
        ByteBuffer dbf =
                ByteBuffer.allocate(headerLength + recordLength * n + 1).order(ByteOrder.LITTLE_ENDIAN);
        dbf.put((byte) 3).put((byte) 126).put((byte) 1).put((byte) 1).putInt(n);
        dbf.putShort((short) headerLength).putShort((short) recordLength).position(32);
        for (String f : fields) {
            int at = dbf.position();
            dbf.put(f.getBytes(StandardCharsets.US_ASCII)).position(at + 11);
            dbf.put((byte) 'C').position(at + 16);
            dbf.put((byte) 20).put((byte) 0).position(at + 32);
        }
        dbf.put((byte) 0x0D);
        for (String[] row : rows) {
            dbf.put((byte) ' ');
            for (String v : row) {
                byte[] cell = new byte[20];
                Arrays.fill(cell, (byte) ' ');
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, cell, 0, b.length);
                dbf.put(cell);
            }
        }
        dbf.put((byte) 0x1A);
        Files.write(Path.of(base + ".dbf"), dbf.array());
        Files.writeString(Path.of(base + ".cpg"), "UTF-8");
    }

    private static ByteBuffer header(int fileBytes) {
        ByteBuffer b = ByteBuffer.allocate(fileBytes);
        b.putInt(9994).position(24);
        b.putInt(fileBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(1);
        b.putDouble(20).putDouble(42).putDouble(21).putDouble(44);
        return b.position(100);
    }
}
