package org.borderwatch.shapefile;

import static org.borderwatch.shapefile.CraftedShapefile.multiPointZm;
import static org.borderwatch.shapefile.CraftedShapefile.nullShape;
import static org.borderwatch.shapefile.CraftedShapefile.parts;
import static org.borderwatch.shapefile.CraftedShapefile.point;
import static org.borderwatch.shapefile.CraftedShapefile.square;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small shapefiles written the way real tools write them and GDAL reads them, one dialect each:
 * .cpg names that are not Java charset names, no .cpg with a language byte of 0, a zero-width text
 * field, a table without fields, no .dbf, a degenerate ring, a .shx that disagrees with the .shp.
 * Shared by the reader tests, the {@code inspect} tests and the fuzzing seeds.
 */
public final class CraftedDialects {
    private CraftedDialects() {}

    /** Code page names GDAL maps (through its own rules or iconv) and the text each test file holds. */
    static final Map<String, String[]> GDAL_CODE_PAGES = Map.of(
            "Big-5", new String[] {"Big5", "中文地名"},
            "koi8r", new String[] {"KOI8-R", "Дурас"},
            "936", new String[] {"GBK", "中文地名"},
            "88591", new String[] {"ISO-8859-1", "Durrës"},
            "8859-2", new String[] {"ISO-8859-2", "Žilina Łódź"},
            "UTF8", new String[] {"UTF-8", "Durrës Ђ"},
            "1251", new String[] {"windows-1251", "Приштина"},
            "ANSI 1251", new String[] {"windows-1251", "Косово"});

    /** Code page names GDAL cannot map (it passes the bytes on); BorderWatch decodes them and warns. */
    static final Map<String, String[]> UNMAPPED_CODE_PAGES = Map.of(
            "ANSI 1250", new String[] {"windows-1250", "Žilina Łódź"},
            "OEM 866", new String[] {"IBM866", "Приштина"},
            "20866", new String[] {"KOI8-R", "Дурас"});

    /**
     * Writes every dialect file GDAL reads the same way into {@code dir}; returns each .shp by name.
     * Files whose GDAL reading is not text BorderWatch should copy (bytes passed on undecoded) are
     * left out; see {@link #UNMAPPED_CODE_PAGES}.
     */
    public static Map<String, Path> writeAll(Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String[]> e : GDAL_CODE_PAGES.entrySet()) {
            files.put("cpg_" + n, codePage(dir, "cpg_" + n++, e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        files.put("ldid0_utf8", ldidZeroUtf8(dir, false));
        files.put("zero_width_text", zeroWidthText(dir));
        files.put("no_fields", noFields(dir));
        files.put("no_dbf", noDbf(dir));
        files.put("ccw_with_2_point_ring", counterClockwiseWithDegenerateRing(dir));
        files.put("shx_length_off", shxLengthOff(dir));
        return files;
    }

    static Path codePage(Path dir, String name, String cpg, String charset, String text) throws IOException {
        CraftedShapefile file = new CraftedShapefile(1)
                .fields(new String[] {"NAME"}, new char[] {'C'}, new int[] {40}, new int[] {0})
                .add(point(20.9, 42.6), text)
                .add(point(21.1, 42.7), "plain");
        file.charset = Charset.forName(charset);
        file.cpg = cpg;
        return file.write(dir, name);
    }

    /** No .cpg, language byte 0, text in UTF-8 (as Geofabrik writes); with {@code latin1Row}, one more row in ISO-8859-1. */
    static Path ldidZeroUtf8(Path dir, boolean latin1Row) throws IOException {
        CraftedShapefile file =
                new CraftedShapefile(1).add(point(19.45, 41.32), "Durrës").add(point(21.16, 42.66), "Prishtinë");
        file.writeCpg = false;
        Path shp = file.write(dir, latin1Row ? "ldid0_mixed" : "ldid0_utf8");
        if (latin1Row) {
            CraftedShapefile latin =
                    new CraftedShapefile(1).add(point(19.45, 41.32), "Durrës").add(point(21.16, 42.66), "Prishtinë");
            latin.charset = Charset.forName("ISO-8859-1");
            latin.writeCpg = false;
            Path other = latin.write(dir, "ldid0_latin1_part");
            byte[] utf8 = Files.readAllBytes(dir.resolve("ldid0_mixed.dbf"));
            byte[] l1 = Files.readAllBytes(other.resolveSibling("ldid0_latin1_part.dbf"));
            // Second record from the Latin-1 table: header 65 bytes, records 11 bytes each
            System.arraycopy(l1, 65 + 11, utf8, 65 + 11, 11);
            Files.write(dir.resolve("ldid0_mixed.dbf"), utf8);
        }
        return shp;
    }

    static Path zeroWidthText(Path dir) throws IOException {
        return new CraftedShapefile(1)
                .fields(new String[] {"A", "EMPTY", "B"}, new char[] {'C', 'C', 'C'}, new int[] {5, 0, 5}, new int[] {
                    0, 0, 0
                })
                .add(point(1, 2), "x", "", "y")
                .write(dir, "zero_width_text");
    }

    static Path noFields(Path dir) throws IOException {
        CraftedShapefile file = new CraftedShapefile(0).fields(new String[0], new char[0], new int[0], new int[0]);
        file.zeroLengthRecords = true;
        file.writeCpg = false;
        return file.write(dir, "no_fields");
    }

    static Path noDbf(Path dir) throws IOException {
        CraftedShapefile file = new CraftedShapefile(1)
                .add(point(20.1, 42.2), "a")
                .add(nullShape(), "b")
                .add(point(20.3, 42.4), "c");
        file.writeDbf = false;
        file.writeCpg = false;
        return file.write(dir, "no_dbf");
    }

    /** An outer ring written counter-clockwise beside a ring of 2 points, then an ordinary record. */
    static Path counterClockwiseWithDegenerateRing(Path dir) throws IOException {
        return new CraftedShapefile(5)
                .fields(new String[] {"ID"}, new char[] {'N'}, new int[] {5}, new int[] {0})
                .add(parts(5, square(0, 0, 10, false), new double[] {2, 2, 3, 3}), "1")
                .add(parts(5, square(20, 20, 5, true)), "2")
                .write(dir, "ccw_with_2_point_ring");
    }

    /** MultiPointZM whose second .shx entry gives 4 bytes more than the .shp record header. */
    static Path shxLengthOff(Path dir) throws IOException {
        byte[] second = multiPointZm(new double[] {9, 10, 11, 12});
        CraftedShapefile file = new CraftedShapefile(18)
                .fields(new String[] {"ID"}, new char[] {'N'}, new int[] {5}, new int[] {0})
                .add(multiPointZm(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}), "1")
                .add(second, "2")
                .add(multiPointZm(new double[] {13, 14, 15, 16}), "3");
        file.shxLengths = new Integer[] {null, second.length + 4, null};
        return file.write(dir, "shx_length_off");
    }
}
