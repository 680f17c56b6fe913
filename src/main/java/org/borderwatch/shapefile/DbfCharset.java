package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the charset of a .dbf's text: the .cpg when there is one, else the DBF language driver byte,
 * else ISO-8859-1, the order GDAL uses.
 */
final class DbfCharset {
    /** Language driver ids (LDID) of the dBASE/ESRI tables, as GDAL maps them. */
    private static final Map<Integer, String> LDID = Map.ofEntries(
            Map.entry(0x01, "IBM437"), Map.entry(0x02, "IBM850"), Map.entry(0x03, "windows-1252"),
            Map.entry(0x04, "x-MacRoman"), Map.entry(0x08, "IBM865"), Map.entry(0x09, "IBM437"),
            Map.entry(0x0A, "IBM850"), Map.entry(0x0B, "IBM437"), Map.entry(0x0D, "IBM437"),
            Map.entry(0x0E, "IBM850"), Map.entry(0x0F, "IBM437"), Map.entry(0x10, "IBM850"),
            Map.entry(0x11, "IBM437"), Map.entry(0x12, "IBM850"), Map.entry(0x13, "x-IBM943"),
            Map.entry(0x14, "IBM850"), Map.entry(0x15, "IBM437"), Map.entry(0x16, "IBM850"),
            Map.entry(0x17, "IBM865"), Map.entry(0x18, "IBM437"), Map.entry(0x19, "IBM437"),
            Map.entry(0x1A, "IBM850"), Map.entry(0x1B, "IBM437"), Map.entry(0x1C, "IBM863"),
            Map.entry(0x1D, "IBM850"), Map.entry(0x1F, "IBM852"), Map.entry(0x22, "IBM852"),
            Map.entry(0x23, "IBM852"), Map.entry(0x24, "IBM860"), Map.entry(0x25, "IBM850"),
            Map.entry(0x26, "IBM866"), Map.entry(0x37, "IBM850"), Map.entry(0x40, "IBM852"),
            Map.entry(0x4D, "GBK"), Map.entry(0x4E, "x-IBM949"), Map.entry(0x4F, "Big5"),
            Map.entry(0x50, "x-IBM874"), Map.entry(0x57, "ISO-8859-1"), Map.entry(0x58, "windows-1252"),
            Map.entry(0x59, "windows-1252"), Map.entry(0x64, "IBM852"), Map.entry(0x65, "IBM866"),
            Map.entry(0x66, "IBM865"), Map.entry(0x67, "IBM861"), Map.entry(0x6A, "x-IBM737"),
            Map.entry(0x6B, "IBM857"), Map.entry(0x78, "x-IBM950"), Map.entry(0x79, "x-IBM949"),
            Map.entry(0x7A, "GBK"), Map.entry(0x7B, "Shift_JIS"), Map.entry(0x7C, "x-IBM874"),
            Map.entry(0x86, "x-IBM737"), Map.entry(0x87, "IBM852"), Map.entry(0x88, "IBM857"),
            Map.entry(0xC8, "windows-1250"), Map.entry(0xC9, "windows-1251"), Map.entry(0xCA, "windows-1254"),
            Map.entry(0xCB, "windows-1253"), Map.entry(0xCC, "windows-1257"));

    private DbfCharset() {}

    /**
     * The charset for a .dbf.
     *
     * @param cpg the .cpg file, or null when there is none
     * @param languageDriver byte 29 of the .dbf header
     * @throws ShapefileFormatException when the .cpg names no charset this JVM knows
     */
    static Charset resolve(Path cpg, int languageDriver) throws IOException {
        if (cpg != null) {
            String declared = Files.readString(cpg, StandardCharsets.ISO_8859_1).trim();
            if (!declared.isEmpty()) return fromCpg(cpg, declared);
        }
        String byLdid = LDID.get(languageDriver);
        if (byLdid != null && Charset.isSupported(byLdid)) return Charset.forName(byLdid);
        return StandardCharsets.ISO_8859_1;
    }

    private static Charset fromCpg(Path cpg, String declared) throws ShapefileFormatException {
        String name = declared.toUpperCase(Locale.ROOT).replace("ANSI ", "").trim();
        if (name.equals("UTF8") || name.equals("65001")) name = "UTF-8";
        else if (name.equals("LATIN1")) name = "ISO-8859-1";
        else if (name.matches("8859\\d{1,2}") || name.matches("8859-\\d{1,2}")) name = "ISO-8859-" + name.replaceAll("8859-?", "");
        else if (name.matches("ISO8859\\d{1,2}")) name = "ISO-8859-" + name.substring(7);
        else if (name.matches("125\\d")) name = "windows-" + name;
        else if (name.matches("CP125\\d")) name = "windows-" + name.substring(2);
        else if (name.matches("\\d{3,4}")) name = "IBM" + name;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ShapefileFormatException(cpg, "names charset \"" + declared + "\", which is not known");
        }
    }
}
