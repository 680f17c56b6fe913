package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.shapefile.CraftedShapefile.point;
import static org.borderwatch.shapefile.StoreReading.readAll;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How .dbf columns, values and encodings are read, and what a lying header does. */
class DbfReaderTest {
    @TempDir
    Path dir;

    private CraftedShapefile typed() {
        return new CraftedShapefile(1)
                .fields(
                        new String[] {"S", "I", "BIG", "R", "D", "L"},
                        new char[] {'C', 'N', 'N', 'N', 'D', 'L'},
                        new int[] {12, 9, 12, 12, 8, 1},
                        new int[] {0, 0, 0, 3, 0, 0});
    }

    @Test
    void columnsGetTheTypesGdalGivesThem() throws IOException {
        Path shp = typed().add(point(0, 0), "x", "1", "1", "1", "20230529", "T").write(dir, "t");
        SimpleFeatureType type = new ShapefileDataStore(shp).getSchema();
        assertThat(type.getDescriptor("S").getType().getBinding()).isEqualTo(String.class);
        assertThat(type.getDescriptor("I").getType().getBinding()).isEqualTo(Integer.class);
        assertThat(type.getDescriptor("BIG").getType().getBinding()).isEqualTo(Long.class);
        assertThat(type.getDescriptor("R").getType().getBinding()).isEqualTo(Double.class);
        assertThat(type.getDescriptor("D").getType().getBinding()).isEqualTo(LocalDate.class);
        assertThat(type.getDescriptor("L").getType().getBinding()).isEqualTo(Boolean.class);
    }

    @Test
    void valuesDecodeAndBlanksAreNull() throws IOException {
        Path shp = typed().add(point(0, 0), "  padded  ", "-42", "12345678901", "3.250", "20230529", "F")
                .add(point(0, 0), "", "", "***********", "", "00000000", "?")
                .write(dir, "t");
        List<SimpleFeature> f = readAll(new ShapefileDataStore(shp));
        assertThat(f.get(0).getAttributes().subList(1, 7))
                .containsExactly("padded", -42, 12345678901L, 3.25, LocalDate.of(2023, 5, 29), false);
        assertThat(f.get(1).getAttributes().subList(1, 7)).containsOnlyNulls();
    }

    @Test
    void unreadableNumberSkipsTheRecordNamingTheField() throws IOException {
        Path shp = typed().add(point(0, 0), "a", "12", "1", "1", "20230101", "T")
                .add(point(0, 0), "b", "twelve", "1", "1", "20230101", "T")
                .write(dir, "t");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(readAll(store)).hasSize(1);
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("I");
            assertThat(p.getMessage())
                    .isEqualTo("t.dbf, record 2, field I: \"twelve\" is not a valid Integer (DBF type N)");
        });
    }

    @Test
    void deletedRecordsAreSkippedSilently() throws IOException {
        Path shp = new CraftedShapefile(1)
                .add(point(0, 0), "kept")
                .addDeleted(point(1, 1), "gone")
                .add(point(2, 2), "also")
                .write(dir, "d");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(readAll(store)).extracting(f -> f.getAttribute("NAME")).containsExactly("kept", "also");
        assertThat(store.getFeatureSource().getCount(org.geotools.api.data.Query.ALL))
                .isEqualTo(2);
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void textDecodesByTheCpg() throws IOException {
        CraftedShapefile file = new CraftedShapefile(1).add(point(0, 0), "Рашка");
        file.charset = Charset.forName("windows-1251");
        Path shp = file.write(dir, "cyr");
        assertThat(readAll(new ShapefileDataStore(shp)).get(0).getAttribute("NAME"))
                .isEqualTo("Рашка");
    }

    @Test
    void withoutCpgTextDecodesByTheLanguageDriverByte() throws IOException {
        CraftedShapefile file = new CraftedShapefile(1).add(point(0, 0), "Рашка");
        file.charset = Charset.forName("windows-1251");
        file.languageDriver = 0xC9;
        Path shp = file.write(dir, "cyr");
        Files.delete(dir.resolve("cyr.cpg"));
        assertThat(readAll(new ShapefileDataStore(shp)).get(0).getAttribute("NAME"))
                .isEqualTo("Рашка");
    }

    @Test
    void withoutCpgOrLanguageByteTextIsLatin1() throws IOException {
        CraftedShapefile file = new CraftedShapefile(1).add(point(0, 0), "Ñandú");
        file.charset = Charset.forName("ISO-8859-1");
        Path shp = file.write(dir, "l1");
        Files.delete(dir.resolve("l1.cpg"));
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(store.charset().name()).isEqualTo("ISO-8859-1");
        assertThat(readAll(store).get(0).getAttribute("NAME")).isEqualTo("Ñandú");
    }

    @Test
    void headerClaimingMoreRecordsThanTheFileHoldsReadsThoseThereAndSaysSo() throws IOException {
        Path shp = new CraftedShapefile(1)
                .add(point(0, 0), "a")
                .add(point(1, 1), "b")
                .write(dir, "h");
        Path dbf = dir.resolve("h.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1_000_000);
        Files.write(dbf, bytes);
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(readAll(store)).hasSize(2);
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage())
                        .isEqualTo("h.dbf: header says 1000000 records but the file holds only 2"));
    }

    @Test
    void shapesBeyondTheDbfRecordsAreReportedAndSkipped() throws IOException {
        Path shp = new CraftedShapefile(1)
                .add(point(0, 0), "a")
                .add(point(1, 1), "b")
                .write(dir, "h");
        Path dbf = dir.resolve("h.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1);
        Files.write(dbf, bytes);
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(readAll(store)).hasSize(1);
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage())
                        .isEqualTo("h.dbf, record 2: the .dbf has only 1 records, so this shape has no attributes"));
    }

    @Test
    void fieldWiderThanTheRecordIsRefusedNamingTheField() throws IOException {
        Path shp = new CraftedShapefile(1).add(point(0, 0), "a").write(dir, "w");
        Path dbf = dir.resolve("w.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        bytes[32 + 16] = (byte) 254;
        Files.write(dbf, bytes);
        assertThatThrownBy(() -> new ShapefileDataStore(shp))
                .isInstanceOf(ShapefileFormatException.class)
                .hasMessage("w.dbf, field NAME: field ends at byte 255 of a record, header says records are 11 bytes");
    }

    @Test
    void headerLengthPastTheFileEndIsRefused() throws IOException {
        Path shp = new CraftedShapefile(1).add(point(0, 0), "a").write(dir, "w");
        Path dbf = dir.resolve("w.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(8, (short) 30000);
        Files.write(dbf, bytes);
        assertThatThrownBy(() -> new ShapefileDataStore(shp))
                .hasMessage("w.dbf: header length is 30000 bytes, file is " + bytes.length);
    }

    @Test
    void fastNumberParsingAgreesWithTheJdkOnPaddedDecimals() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            String text = String.format(java.util.Locale.ROOT, "%24.15f", v).trim();
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(DbfReader.parseDouble(bytes, 0, bytes.length)).as(text).isEqualTo(Double.parseDouble(text));
        }
        for (String text : new String[] {"0", "-0.5", "1e10", "123456789012345678.5", ".25", "7."}) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(DbfReader.parseDouble(bytes, 0, bytes.length)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }
}
